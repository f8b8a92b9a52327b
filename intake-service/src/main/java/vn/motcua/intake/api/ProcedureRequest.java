package vn.motcua.intake.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.events.OnlineLevel;
import vn.motcua.events.SupplementPolicy;
import vn.motcua.intake.domain.Codes;
import vn.motcua.intake.domain.DefineProcedure;

/**
 * Body of POST /api/v1/procedures and PUT /api/v1/procedures/{code} (a new version effective from
 * {@code effectiveFrom}, default now). supplementPolicy defaults to PAUSE, requiredDocuments and steps to none,
 * onlineLevel to NONE; publishedOn (the day the version was published for citizens, not in the future) is optional.
 */
public record ProcedureRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = Codes.PROCEDURE, message = Codes.PROCEDURE_RULE) String code,
        @NotBlank @Size(max = 500) String name,
        @NotBlank @Size(max = 60) String fieldCode,
        @NotBlank @Size(max = 300) String fieldName,
        @NotBlank @Size(max = 60) @Pattern(regexp = Codes.AGENCY, message = Codes.AGENCY_RULE) String decidingAgencyCode,
        @NotNull @Valid TimeRequest processingTime,
        @Valid TimeRequest onlineProcessingTime,
        SupplementPolicy supplementPolicy,
        @Size(max = 100) List<@NotNull @Valid DocumentRequest> requiredDocuments,
        OffsetDateTime effectiveFrom,
        @Size(max = 50) List<@NotNull @Valid StepRequest> steps,
        OnlineLevel onlineLevel,
        LocalDate publishedOn) {

    public DefineProcedure toCommand() {
        List<DocumentRequest> documents = requiredDocuments == null ? List.of() : requiredDocuments;
        return new DefineProcedure(code, name, fieldCode, fieldName, decidingAgencyCode, processingTime.toTime(),
                onlineProcessingTime == null ? null : onlineProcessingTime.toTime(),
                supplementPolicy == null ? SupplementPolicy.PAUSE : supplementPolicy,
                documents.stream().map(DocumentRequest::toDocument).toList(),
                effectiveFrom == null ? null : effectiveFrom.toInstant(),
                steps == null ? List.of() : steps.stream().map(StepRequest::toStep).toList(), onlineLevel, publishedOn);
    }
}
