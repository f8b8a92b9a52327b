package vn.motcua.intake.application;

/** The answer to a receipt or an import: the first dossier code and the response body (the first one again for a replayed key). */
public record Outcome(String dossierCode, String body, boolean replayed) {
}
