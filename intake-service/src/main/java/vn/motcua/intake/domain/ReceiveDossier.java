package vn.motcua.intake.domain;

import java.time.Instant;
import java.util.List;
import vn.motcua.events.Channel;
import vn.motcua.events.ContactChannel;
import vn.motcua.events.FeePayment;

/**
 * Receive a dossier at the counter, online or by post. Field names follow the request body, so that the rules
 * checked on it name the same fields; receivedAt null = now; fee null = none paid at receipt.
 */
public record ReceiveDossier(String procedureCode, String receivingAgencyCode, Channel channel, Instant receivedAt,
        Party applicant, Party authorisedPerson, List<ReceivedDocument> documents, FeePayment fee) {

    /**
     * The applicant (a person with idNumber or an organisation with taxCode) or the authorised person (idNumber,
     * no taxCode); preferredChannel as asked for, null when not given.
     */
    public record Party(String fullName, String idNumber, String taxCode, String phone, String email, String address,
            ContactChannel preferredChannel) {
    }
}
