package vn.motcua.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sla.Receipt.vn;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.calendar.OfficialCalendars;
import vn.motcua.events.DossierStatus;
import vn.motcua.sla.domain.Apology;
import vn.motcua.sla.domain.DeadlineCalendar;
import vn.motcua.sla.domain.DeadlineCase;
import vn.motcua.sla.domain.DeadlineRules;
import vn.motcua.sla.domain.PauseKind;
import vn.motcua.sla.domain.StatsDeltaValues;
import vn.motcua.sla.domain.StatsGranules;
import vn.motcua.sla.domain.StatsLedger;
import vn.motcua.sla.domain.StatsRow;
import vn.motcua.sla.domain.TrackedDossier;
import vn.motcua.support.time.VnTime;

/**
 * The deltas a dossier writes as it moves (receipt, due passing, pause, reschedule, end), read back as the report
 * columns at the end of given days: one dossier received Mon 2/3/2026 with 5 working days, due Mon 9/3 08:00.
 */
class StockLedgerTest {
    /** The national calendar, warning one working day ahead. */
    private static final DeadlineCalendar NATIONAL = new DeadlineCalendar() {
        @Override
        public BusinessCalendar of(TrackedDossier d) {
            return OfficialCalendars.calendar("vn-national");
        }

        @Override
        public Instant warnAt(TrackedDossier d) {
            return DeadlineRules.warnAt(d.currentDueAt, of(d), 1);
        }
    };

    private final StatsGranules journal = new StatsGranules();
    private final StatsLedger ledger = (dossier, at, d) -> journal.add(StatsGranules.Grain.J,
            LocalDate.ofInstant(at, VnTime.ZONE), values(d));
    private final DeadlineCase deadlineCase = DeadlineCase.received(
            Receipt.of().receivedAt(vn("2026-03-02T08:00")).build(), Instant.now(), ledger);
    private final TrackedDossier dossier = deadlineCase.dossier();

    @Test
    void overdueFromTheAppointmentUntilTheEnd() {
        dossier.advance(vn("2026-03-11T10:00"), ledger); // the scanner sees the appointment passed
        dossier.end(vn("2026-03-12T10:00"), DossierStatus.COMPLETED, ledger);

        assertThat(endOf("2026-03-08")).containsExactly(1, 1, 0, 0, 0);
        assertThat(endOf("2026-03-09")).containsExactly(1, 1, 1, 0, 0);
        assertThat(endOf("2026-03-11")).containsExactly(1, 1, 1, 0, 0);
        assertThat(endOf("2026-03-12")).containsExactly(1, 0, 0, 0, 1);
        assertThat(march().late()).isEqualTo(1);
    }

    @Test
    void aPauseTakesItOutOfOverdueAndTheExtendedAppointmentPutsItBack() {
        dossier.advance(vn("2026-03-09T10:00"), ledger);
        deadlineCase.pause(PauseKind.SUPPLEMENT, vn("2026-03-10T09:00"), ledger);
        // 4 working days paused (10/3 09:00 to 16/3 09:00): the appointment moves to Fri 13/3 08:00, already past
        deadlineCase.resume(vn("2026-03-16T09:00"), NATIONAL, ledger);

        assertThat(endOf("2026-03-09")).containsExactly(1, 1, 1, 0, 0);
        assertThat(endOf("2026-03-10")).containsExactly(1, 1, 0, 1, 0);
        assertThat(endOf("2026-03-15")).containsExactly(1, 1, 0, 1, 0);
        assertThat(endOf("2026-03-16")).containsExactly(1, 1, 1, 0, 0);
        assertThat(dossier.currentDueAt).isEqualTo(vn("2026-03-13T08:00"));
    }

    @Test
    void aBackdatedEndUndoesAnOverdueTheScannerCountedTooEarly() {
        // a migrated dossier: the scanner passes between its receipt and its (earlier) end event
        dossier.advance(vn("2026-04-01T00:00"), ledger);
        dossier.end(vn("2026-03-06T10:00"), DossierStatus.COMPLETED, ledger);

        assertThat(endOf("2026-03-05")).containsExactly(1, 1, 0, 0, 0);
        assertThat(endOf("2026-03-09")).containsExactly(1, 0, 0, 0, 1);
        assertThat(march().early()).isEqualTo(1);
        assertThat(march().inProgressOverdue()).isZero();
    }

    @Test
    void aNewAppointmentDoesNotEndTheOverdueAndTheDossierStaysLate() {
        dossier.advance(vn("2026-03-11T08:00"), ledger);
        dossier.reschedule(vn("2026-03-11T09:00"), vn("2026-03-20T17:00"), Apology.AUTOMATIC, ledger);
        dossier.end(vn("2026-03-19T10:00"), DossierStatus.COMPLETED, ledger);

        assertThat(endOf("2026-03-10")).containsExactly(1, 1, 1, 0, 0);
        // overdue against the receipt's appointment: the apology's new date gives no time back
        assertThat(endOf("2026-03-11")).containsExactly(1, 1, 1, 0, 0);
        assertThat(march().late()).isEqualTo(1);
        assertThat(apologies()).as("processing's re-appointment is no officer's apology").containsExactly(0, 0, 1);
    }

    @Test
    void aLateDossierCountsUnderHowItWasApologisedForOnce() {
        dossier.reschedule(vn("2026-03-05T09:00"), vn("2026-03-12T17:00"), Apology.OFFICER_IN_TIME, ledger);
        // an apologised dossier is late whatever its end date (docs/domain.md § Apologies)
        dossier.end(vn("2026-03-06T10:00"), DossierStatus.COMPLETED, ledger);
        assertThat(march().late()).isEqualTo(1);
        assertThat(apologies()).containsExactly(1, 0, 0);

        DeadlineCase late = DeadlineCase.received(Receipt.of().receivedAt(vn("2026-03-02T08:00")).build(),
                Instant.now(), ledger);
        late.reschedule(vn("2026-03-06T09:00"), vn("2026-03-12T17:00"), Apology.OFFICER_LATE, ledger);
        late.dossier().end(vn("2026-03-12T10:00"), DossierStatus.COMPLETED, ledger);
        DeadlineCase never = DeadlineCase.received(Receipt.of().receivedAt(vn("2026-03-02T08:00")).build(),
                Instant.now(), ledger);
        never.dossier().end(vn("2026-03-10T10:00"), DossierStatus.COMPLETED, ledger);
        DeadlineCase onTime = DeadlineCase.received(Receipt.of().receivedAt(vn("2026-03-02T08:00")).build(),
                Instant.now(), ledger);
        onTime.dossier().end(vn("2026-03-09T10:00"), DossierStatus.COMPLETED, ledger);

        assertThat(march().late()).isEqualTo(3);
        assertThat(apologies()).containsExactly(1, 1, 1);
    }

    @Test
    void oneNewAppointmentEverWhoeverAsksForASecond() {
        assertThat(deadlineCase.reschedule(vn("2026-03-06T09:00"), vn("2026-03-12T17:00"), Apology.OFFICER_LATE,
                ledger)).isPresent();
        assertThat(deadlineCase.reschedule(vn("2026-03-12T17:00"), vn("2026-03-19T17:00"), Apology.AUTOMATIC, ledger))
                .isEmpty();
        assertThat(dossier.currentDueAt).isEqualTo(vn("2026-03-12T17:00"));
        assertThat(dossier.apology).isEqualTo(Apology.OFFICER_LATE);
        assertThat(deadlineCase.episode().episode).isEqualTo(2);
    }

    /** received in March so far, in progress, overdue, paused, resolved: as a report for 1/3 to the end of day. */
    private long[] endOf(String day) {
        StatsRow r = journal.row("k", "k", LocalDate.of(2026, 3, 1), LocalDate.parse(day).plusDays(1), false);
        return new long[] {r.received(), r.inProgress(), r.inProgressOverdue(), r.paused(), r.resolved()};
    }

    /** Of March's late dossiers: apologised in time, apologised late, never apologised by an officer. */
    private long[] apologies() {
        StatsRow r = march();
        return new long[] {r.apologisedInTime(), r.apologisedLate(), r.neverApologisedByOfficer()};
    }

    private StatsRow march() {
        return journal.row("k", "k", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1), false);
    }

    static long[] values(StatsDeltaValues d) {
        return new long[] {d.received(), d.receivedInPerson(), d.receivedOnline(), d.receivedPostal(), d.resolved(),
            d.early(), d.onTime(), d.late(), d.apologisedInTime(), d.apologisedLate(), d.neverApologised(), d.open(),
            d.overdue(), d.paused()};
    }
}
