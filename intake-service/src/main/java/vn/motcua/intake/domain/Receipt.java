package vn.motcua.intake.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.motcua.events.Channel;
import vn.motcua.events.ContactChannel;
import vn.motcua.events.ProcessingTimeUnit;

/**
 * The receipt and appointment slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Circular 01/2018/TT-VPCP) with
 * every field the form carries; kept as issued. Times are Asia/Ho_Chi_Minh. {@code lookupPin} is the citizen's
 * secret for the public lookup ({@link LookupPin}; null for imported dossiers and slips issued before it): only the
 * slip printed at the receiving counter and the answer to the receiving clerk show it.
 */
public record Receipt(
        String dossierCode,
        AgencyName receivingAgency,
        AgencyName decidingAgency,
        Person applicant,
        Person authorisedPerson,
        ProcedureName procedure,
        List<ReceivedDocument> documents,
        TimeLimit processingTime,
        Channel channel,
        OffsetDateTime receivedAt,
        OffsetDateTime enteredAt,
        OffsetDateTime dueAt,
        Appointment appointment,
        String resultLocation,
        String clerk,
        String lookupPin) {

    /** An agency on the slip. */
    public record AgencyName(String code, String name) {
    }

    /** The applicant or the authorised person; exactly one of idNumber and taxCode is set for an applicant. */
    public record Person(String fullName, String idNumber, String taxCode, String phone, String email, String address,
            ContactChannel preferredChannel) {
        Person masked(UnaryOperator<String> maskId) {
            return new Person(fullName, maskId.apply(idNumber), taxCode, phone, email, address, preferredChannel);
        }
    }

    /** The procedure and the version the dossier keeps. */
    public record ProcedureName(String code, int version, String name, String fieldName) {
    }

    /** The legal processing time, also in words. */
    public record TimeLimit(int amount, ProcessingTimeUnit unit, String text) {
    }

    /** The appointment as the slip writes it: hour, minute and date. */
    public record Appointment(String time, String date, String text) {
    }

    /** The same slip with ID numbers masked by {@code maskId}, for API responses. */
    public Receipt withMaskedIds(UnaryOperator<String> maskId) {
        return new Receipt(dossierCode, receivingAgency, decidingAgency, applicant.masked(maskId),
                authorisedPerson == null ? null : authorisedPerson.masked(maskId), procedure, documents,
                processingTime, channel, receivedAt, enteredAt, dueAt, appointment, resultLocation, clerk, lookupPin);
    }

    /** The same slip without the lookup PIN, for everyone but the applicant and the receiving clerk. */
    public Receipt withoutLookupPin() {
        return new Receipt(dossierCode, receivingAgency, decidingAgency, applicant, authorisedPerson, procedure, documents,
                processingTime, channel, receivedAt, enteredAt, dueAt, appointment, resultLocation, clerk, null);
    }
}
