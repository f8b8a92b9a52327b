package vn.motcua.intake.api;

import java.time.OffsetDateTime;
import vn.motcua.events.Channel;
import vn.motcua.events.DossierStatus;
import vn.motcua.events.IndexFacts;
import vn.motcua.intake.domain.Dossier;
import vn.motcua.intake.domain.Receipt;
import vn.motcua.support.time.VnTime;

/**
 * A dossier as intake received it (status 2 Được tiếp nhận; later statuses live in processing-service),
 * with who entered it and when, its receipt slip with ID numbers masked, and what it told Decision 766's index
 * ({@code indexFacts}, null for dossiers received before it was kept).
 */
public record DossierView(String dossierCode, DossierResponse.Status status, String procedureCode, int procedureVersion,
        String receivingAgencyCode, String decidingAgencyCode, Channel channel, OffsetDateTime receivedAt,
        OffsetDateTime enteredAt, String enteredBy, boolean migrated, OffsetDateTime dueAt, String calendarId, Receipt receipt,
        IndexFactsView indexFacts) {

    public static DossierView of(Dossier d, Receipt receipt, IndexFacts facts) {
        return new DossierView(d.code, DossierResponse.Status.of(DossierStatus.RECEIVED), d.procedureCode,
                d.procedureVersion, d.receivingAgencyCode, d.decidingAgencyCode, d.channel, VnTime.of(d.receivedAt),
                VnTime.of(d.enteredAt), d.enteredBy, d.migrated, VnTime.of(d.dueAt), d.calendarId, DossierResponse.masked(receipt),
                IndexFactsView.of(facts));
    }
}
