package vn.motcua.sla.api;

import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.sla.application.OverdueList;
import vn.motcua.sla.domain.TrackedDossier;
import vn.motcua.support.time.VnTime;

/** GET /api/v1/overdue: a page of overdue dossiers, oldest appointment first, with who holds them. */
public record OverdueView(int page, int size, long total, OffsetDateTime asOf, List<Item> items) {

    public static OverdueView of(OverdueList.Page page) {
        return new OverdueView(page.page(), page.size(), page.total(), VnTime.of(page.asOf()),
                page.entries().stream().map(OverdueView::item).toList());
    }

    private static Item item(OverdueList.Entry e) {
        TrackedDossier d = e.dossier();
        return new Item(d.code, d.procedureCode, d.procedureName, d.decidingAgencyCode, d.status.name(),
                VnTime.of(d.receivedAt), VnTime.of(d.originalDueAt), VnTime.of(d.currentDueAt), d.episode,
                d.rescheduledAt != null, e.apologySent(), d.apology.name(), e.workingDaysLate(), e.calendarDaysLate(), d.holdingUnitCode,
                d.holdingOfficer, d.stepName, VnTime.of(d.stepDueAt));
    }

    /**
     * {@code apologySent}: rescheduled, or the first appointment declared missed (processing re-appoints it, an
     * automatic apology follows); {@code apology}: how the reschedule was made (NONE, OFFICER_IN_TIME, OFFICER_LATE,
     * AUTOMATIC).
     */
    public record Item(String dossierCode, String procedureCode, String procedureName, String decidingAgencyCode,
            String status, OffsetDateTime receivedAt, OffsetDateTime originalDueAt, OffsetDateTime currentDueAt,
            int episode, boolean rescheduled, boolean apologySent, String apology, long workingDaysLate, long calendarDaysLate,
            String holdingUnitCode, String holdingOfficer, String stepName, OffsetDateTime stepDueAt) {
    }
}
