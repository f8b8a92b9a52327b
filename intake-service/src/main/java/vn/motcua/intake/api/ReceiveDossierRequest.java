package vn.motcua.intake.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.events.Channel;
import vn.motcua.events.ContactChannel;
import vn.motcua.intake.domain.Codes;
import vn.motcua.intake.domain.ReceiveDossier;

/**
 * Body of POST /api/v1/dossiers: a dossier received at the counter, online or by post; {@code fee} only when a fee
 * was paid at receipt.
 */
public record ReceiveDossierRequest(
        @NotBlank @Size(max = 40) @Pattern(regexp = Codes.PROCEDURE, message = Codes.PROCEDURE_RULE) String procedureCode,
        @NotBlank @Size(max = 60) @Pattern(regexp = Codes.AGENCY, message = Codes.AGENCY_RULE) String receivingAgencyCode,
        @NotNull Channel channel,
        OffsetDateTime receivedAt,
        @NotNull @Valid Applicant applicant,
        @Valid AuthorisedPerson authorisedPerson,
        @NotNull @Size(max = 100) List<@NotNull @Valid ReceivedDocumentRequest> documents,
        @Valid FeeRequest fee) {

    public ReceiveDossier toCommand() {
        return new ReceiveDossier(procedureCode, receivingAgencyCode, channel,
                receivedAt == null ? null : receivedAt.toInstant(), applicant.toParty(),
                authorisedPerson == null ? null : authorisedPerson.toParty(),
                documents.stream().map(ReceivedDocumentRequest::toDocument).toList(),
                fee == null ? null : fee.toPayment());
    }

    /** The applicant: a person (idNumber) or an organisation (taxCode), exactly one of them. */
    public record Applicant(
            @NotBlank @Size(max = 200) String fullName,
            @Pattern(regexp = Codes.PERSONAL_ID, message = Codes.PERSONAL_ID_RULE) String idNumber,
            @Pattern(regexp = Codes.TAX_CODE, message = Codes.TAX_CODE_RULE) String taxCode,
            @NotBlank @Pattern(regexp = Codes.PHONE, message = Codes.PHONE_RULE) String phone,
            @Size(max = 254) @Email(regexp = ".+@.+\\..+", message = "must be an e-mail address") String email,
            @NotBlank @Size(max = 500) String address,
            ContactChannel preferredChannel) {

        ReceiveDossier.Party toParty() {
            return new ReceiveDossier.Party(fullName, idNumber, taxCode, phone, email, address, preferredChannel);
        }
    }

    /** A person the applicant authorised to submit and collect on their behalf. */
    public record AuthorisedPerson(
            @NotBlank @Size(max = 200) String fullName,
            @NotBlank @Pattern(regexp = Codes.PERSONAL_ID, message = Codes.PERSONAL_ID_RULE) String idNumber,
            @NotBlank @Pattern(regexp = Codes.PHONE, message = Codes.PHONE_RULE) String phone,
            @Size(max = 254) @Email(regexp = ".+@.+\\..+", message = "must be an e-mail address") String email,
            @NotBlank @Size(max = 500) String address,
            ContactChannel preferredChannel) {

        ReceiveDossier.Party toParty() {
            return new ReceiveDossier.Party(fullName, idNumber, null, phone, email, address, preferredChannel);
        }
    }
}
