package vn.motcua.intake.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.events.OnlineLevel;
import vn.motcua.events.PlannedStep;
import vn.motcua.events.ProcessingTime;
import vn.motcua.events.SupplementPolicy;
import vn.motcua.intake.domain.ProcedureVersion;
import vn.motcua.intake.domain.RequiredDocument;
import vn.motcua.support.time.VnTime;

/** One version of a procedure as the API shows it, with its step plan (empty when it has none). */
public record ProcedureResponse(String code, int version, String name, String fieldCode, String fieldName,
        String decidingAgencyCode, ProcessingTime processingTime, ProcessingTime onlineProcessingTime,
        SupplementPolicy supplementPolicy, List<RequiredDocument> requiredDocuments, OffsetDateTime effectiveFrom,
        OffsetDateTime createdAt, String createdBy, List<PlannedStep> steps, OnlineLevel onlineLevel,
        LocalDate publishedOn) {

    public static ProcedureResponse of(ProcedureVersion p, List<RequiredDocument> documents, List<PlannedStep> steps) {
        return new ProcedureResponse(p.code, p.version, p.name, p.fieldCode, p.fieldName, p.decidingAgencyCode,
                p.processingTime(), p.onlineProcessingTime(), p.supplementPolicy, documents, VnTime.of(p.effectiveFrom),
                VnTime.of(p.createdAt), p.createdBy, steps, p.onlineLevel, p.publishedOn);
    }
}
