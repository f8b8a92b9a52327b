package vn.motcua.events;

/**
 * One step of a procedure's plan: its name, the unit expected to do it (null: whoever the dossier is handed to) and its
 * time in the unit of the procedure's processing time. The steps' times add up to at most the processing time, so
 * that lateness can be attributed to the step that caused it (docs/domain.md § Deadlines).
 */
public record PlannedStep(String name, String unitCode, int amount) {
}
