package vn.motcua.intake.api;

import java.time.OffsetDateTime;
import vn.motcua.events.DossierStatus;
import vn.motcua.intake.domain.Receipt;
import vn.motcua.support.privacy.Mask;

/**
 * Answer of POST /api/v1/dossiers: code, status, receipt time, appointment, the lookup PIN the clerk hands over with
 * the slip (this answer and the printed slip are the only places it is shown) and the receipt slip (ID numbers masked).
 */
public record DossierResponse(String dossierCode, Status status, OffsetDateTime receivedAt, OffsetDateTime dueAt,
        String lookupPin, Receipt receipt) {

    /** A status with its national code and Vietnamese name. */
    public record Status(int code, String name, String status) {
        public static Status of(DossierStatus s) {
            return new Status(s.code(), s.label(), s.name());
        }
    }

    /** The answer for a receipt as issued: its slip with ID numbers masked. */
    public static DossierResponse received(Receipt receipt) {
        return new DossierResponse(receipt.dossierCode(), Status.of(DossierStatus.RECEIVED), receipt.receivedAt(),
                receipt.dueAt(), receipt.lookupPin(), masked(receipt));
    }

    /**
     * The JSON API masks ID numbers and leaves the lookup PIN out; only the printed slip, handed to the applicant,
     * shows them.
     */
    static Receipt masked(Receipt receipt) {
        return receipt.withMaskedIds(Mask::idNumber).withoutLookupPin();
    }
}
