package vn.motcua.intake.domain;

import java.time.Instant;
import java.util.List;
import vn.motcua.events.PlannedStep;
import vn.motcua.events.ProcessingTime;
import vn.motcua.events.SupplementPolicy;

/**
 * Create a procedure, or add a version of it effective from {@code effectiveFrom} (null = now);
 * onlineProcessingTime null = the same time online; steps: the step plan (its rule: StepPlan), none by default.
 */
public record DefineProcedure(String code, String name, String fieldCode, String fieldName, String decidingAgencyCode,
        ProcessingTime processingTime, ProcessingTime onlineProcessingTime, SupplementPolicy supplementPolicy,
        List<RequiredDocument> requiredDocuments, Instant effectiveFrom, List<PlannedStep> steps) {

    public DefineProcedure {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
