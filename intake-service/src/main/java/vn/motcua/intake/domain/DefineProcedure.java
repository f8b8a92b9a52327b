package vn.motcua.intake.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.events.OnlineLevel;
import vn.motcua.events.PlannedStep;
import vn.motcua.events.ProcessingTime;
import vn.motcua.events.SupplementPolicy;

/**
 * Create a procedure, or add a version of it effective from {@code effectiveFrom} (null = now);
 * onlineProcessingTime null = the same time online; steps: the step plan (its rule: StepPlan), none by default;
 * onlineLevel null = NONE; publishedOn: the day citizens could read the version, null when not known.
 */
public record DefineProcedure(String code, String name, String fieldCode, String fieldName, String decidingAgencyCode,
        ProcessingTime processingTime, ProcessingTime onlineProcessingTime, SupplementPolicy supplementPolicy,
        List<RequiredDocument> requiredDocuments, Instant effectiveFrom, List<PlannedStep> steps,
        OnlineLevel onlineLevel, LocalDate publishedOn) {

    public DefineProcedure {
        steps = steps == null ? List.of() : List.copyOf(steps);
        onlineLevel = onlineLevel == null ? OnlineLevel.NONE : onlineLevel;
    }
}
