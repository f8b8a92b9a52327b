package vn.motcua.processing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.calendar.OfficialCalendars;
import vn.motcua.events.Channel;
import vn.motcua.events.DossierStatus;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.events.lifecycle.ProcessingStarted;
import vn.motcua.events.lifecycle.StepAssigned;
import vn.motcua.events.lifecycle.SupplementRequested;

/** The lifecycle table, status by action, and the rules of each action, without any infrastructure. */
class DossierWorkflowTest {
    private static final Instant NOW = Instant.parse("2025-06-02T03:00:00Z");
    private static final Instant DUE = Instant.parse("2025-06-05T10:00:00Z");
    private static final BusinessCalendar NATIONAL = OfficialCalendars.calendar(OfficialCalendars.NATIONAL_ID);

    /** The table the README documents (docs/domain.md § Statuses and what may follow what), written out independently of the code. */
    private static final Map<DossierStatus, Set<Action>> EXPECTED = new EnumMap<>(Map.of(
            DossierStatus.RECEIVED, EnumSet.of(Action.ASSIGN, Action.REQUEST_SUPPLEMENT, Action.REFUSE, Action.WITHDRAW,
                    Action.STOP),
            DossierStatus.IN_PROGRESS, EnumSet.of(Action.ASSIGN, Action.REQUEST_SUPPLEMENT, Action.REQUEST_FEES,
                    Action.RESCHEDULE, Action.COMPLETE, Action.REFUSE, Action.WITHDRAW, Action.STOP),
            DossierStatus.SUPPLEMENT_REQUESTED, EnumSet.of(Action.RECEIVE_SUPPLEMENT, Action.REFUSE, Action.WITHDRAW,
                    Action.STOP),
            DossierStatus.AWAITING_FEES, EnumSet.of(Action.RECORD_FEE_PAYMENT, Action.WITHDRAW, Action.STOP),
            DossierStatus.COMPLETED, EnumSet.of(Action.RETURN)));

    private static final Map<Action, DossierStatus> TARGET = new EnumMap<>(Map.ofEntries(
            Map.entry(Action.ASSIGN, DossierStatus.IN_PROGRESS),
            Map.entry(Action.REQUEST_SUPPLEMENT, DossierStatus.SUPPLEMENT_REQUESTED),
            Map.entry(Action.RECEIVE_SUPPLEMENT, DossierStatus.IN_PROGRESS),
            Map.entry(Action.REQUEST_FEES, DossierStatus.AWAITING_FEES),
            Map.entry(Action.RECORD_FEE_PAYMENT, DossierStatus.IN_PROGRESS),
            Map.entry(Action.RESCHEDULE, DossierStatus.IN_PROGRESS),
            Map.entry(Action.COMPLETE, DossierStatus.COMPLETED),
            Map.entry(Action.RETURN, DossierStatus.RETURNED),
            Map.entry(Action.REFUSE, DossierStatus.NOT_ACCEPTED),
            Map.entry(Action.WITHDRAW, DossierStatus.WITHDRAWN),
            Map.entry(Action.STOP, DossierStatus.STOPPED)));

    @ParameterizedTest
    @EnumSource(DossierStatus.class)
    void everyActionInEveryStatusIsAllowedOrRefusedAsTheTableSays(DossierStatus status) {
        Set<Action> allowed = EXPECTED.getOrDefault(status, EnumSet.noneOf(Action.class));
        assertThat(Lifecycle.allowed(status)).containsExactlyInAnyOrderElementsOf(allowed);
        for (Action action : Action.values()) {
            Dossier d = dossier(status);
            if (allowed.contains(action)) {
                Transition t = apply(d, null, validCommand(action), audit(NOW));
                assertThat(t.event().statusAfter()).as("%s in %s", action, status).isEqualTo(TARGET.get(action));
                assertThat(d.status).isEqualTo(TARGET.get(action));
                assertThat(t.history().fromStatus).isEqualTo(status);
                assertThat(t.history().toStatus).isEqualTo(TARGET.get(action));
                assertThat(t.history().seq).isEqualTo(2);
                assertThat(t.history().action).isEqualTo(action.path());
            } else {
                assertThatThrownBy(() -> apply(d, null, validCommand(action), audit(NOW)))
                        .as("%s in %s", action, status)
                        .isInstanceOfSatisfying(TransitionNotAllowed.class, e -> {
                            assertThat(e.current()).isEqualTo(status);
                            assertThat(e.allowed()).containsExactlyInAnyOrderElementsOf(allowed);
                        });
                assertThat(d.status).isEqualTo(status);
                assertThat(d.historyCount).isEqualTo(1);
            }
        }
    }

    @Test
    void firstHandOverStartsProcessingAndLaterOnesNameTheHolder() {
        Dossier d = dossier(DossierStatus.RECEIVED);
        Transition first = apply(d, null, new Command.Assign("U1", "an@x.vn", "Thẩm định", null),
                audit(NOW));
        assertThat(first.event()).isInstanceOf(ProcessingStarted.class);
        assertThat(first.opened().stepDueAt).isEqualTo(DUE);
        HandOver open = first.opened();

        Instant later = NOW.plus(Duration.ofHours(30));
        Transition second = apply(d, open, new Command.Assign("U2", "binh@x.vn", "Phê duyệt",
                DUE.minus(Duration.ofHours(1))), new Audit("leader", later, later.plusSeconds(5), "occurredAt"));
        StepAssigned event = (StepAssigned) second.event();
        assertThat(event.fromUnitCode()).isEqualTo("U1");
        assertThat(event.fromOfficer()).isEqualTo("an@x.vn");
        assertThat(event.toOfficer()).isEqualTo("binh@x.vn");
        assertThat(open.endedAt).isEqualTo(later);
        assertThat(open.outcome).isEqualTo(StepOutcome.EARLY);
        assertThat(second.opened().seq).isEqualTo(2);
        assertThat(second.opened().fromUnitCode).isEqualTo("U1");
        assertThat(d.currentOfficer).isEqualTo("binh@x.vn");
    }

    @Test
    void stepDeadlineAfterTheAppointmentIsAcceptedWithAWarning() {
        Transition t = apply(dossier(DossierStatus.RECEIVED), null,
                new Command.Assign("U1", "an@x.vn", "Thẩm định", DUE.plus(Duration.ofDays(1))), audit(NOW));
        assertThat(t.warnings()).extracting(Warning::code).containsExactly(Warning.STEP_DUE_AFTER_APPOINTMENT);
    }

    @Test
    void rescheduleIsAllowedOnceWithALaterDateAndAReason() {
        Dossier d = dossier(DossierStatus.IN_PROGRESS);
        Instant newDue = DUE.plus(Duration.ofDays(3));
        assertThatThrownBy(() -> apply(d, null, new Command.Reschedule(" ", newDue, null), audit(NOW)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> apply(d, null, new Command.Reschedule("r", DUE, null), audit(NOW)))
                .isInstanceOfSatisfying(RuleViolated.class, e -> assertThat(e.getMessage()).contains("later than"));

        Transition t = apply(d, null, new Command.Reschedule("chờ xác minh", newDue, "KT. Chủ tịch"),
                audit(NOW));
        DossierRescheduled e = (DossierRescheduled) t.event();
        assertThat(e.originalDueAt()).isEqualTo(DUE);
        assertThat(e.newDueAt()).isEqualTo(newDue);
        assertThat(d.originalDueAt).isEqualTo(DUE);
        assertThat(d.currentDueAt).isEqualTo(newDue);

        assertThatThrownBy(() -> apply(d, null,
                new Command.Reschedule("again", newDue.plus(Duration.ofDays(1)), null), audit(NOW)))
                .isInstanceOf(RuleViolated.class).hasMessageContaining("the new appointment may be set only once");
    }

    @Test
    void aBackdatedRescheduleMayNameAPastAppointmentButNotOneBeforeItsOccurredAt() {
        Instant apologisedAt = NOW.minus(Duration.ofHours(12));
        Instant pastNewDue = NOW.plus(Duration.ofDays(2));
        Dossier d = dossier(DossierStatus.IN_PROGRESS);
        d.currentDueAt = apologisedAt.minus(Duration.ofDays(1)); // so that only the occurredAt rule can refuse
        d.originalDueAt = d.currentDueAt;
        Audit late = new Audit("a", apologisedAt, NOW.plus(Duration.ofDays(10)), "occurredAt"); // recorded 10 days on

        assertThatThrownBy(() -> apply(d, null,
                new Command.Reschedule("r", apologisedAt.minusSeconds(1), null), late))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("newDueAt"))
                .hasMessageContaining("occurredAt");
        Transition t = apply(d, null, new Command.Reschedule("r", pastNewDue, null), late);
        assertThat(((DossierRescheduled) t.event()).newDueAt()).isEqualTo(pastNewDue).isBefore(late.recordedAt());
    }

    @Test
    void aRescheduleRecordedAfterOneWorkingDayBeforeTheAppointmentIsLateEvenWhenBackdated() {
        Instant lastMoment = Instant.parse("2025-06-04T10:00:00Z"); // Wednesday 17:00, one working day before DUE
        Dossier inTime = dossier(DossierStatus.IN_PROGRESS);
        Transition t = apply(inTime, null, new Command.Reschedule("r", DUE.plus(Duration.ofDays(2)), null),
                audit(lastMoment));
        assertThat(((DossierRescheduled) t.event()).late()).isFalse();
        assertThat(((DossierRescheduled) t.event()).automatic()).isFalse();
        assertThat(inTime.rescheduleLate).isFalse();
        assertThat(inTime.rescheduledAt).isEqualTo(lastMoment);

        Dossier late = dossier(DossierStatus.IN_PROGRESS);
        // decided in time (occurredAt) but recorded a second too late: the citizen could not have known earlier
        Transition backdated = apply(late, null, new Command.Reschedule("r", DUE.plus(Duration.ofDays(2)), null),
                new Audit("a", NOW, lastMoment.plusSeconds(1), "occurredAt"));
        assertThat(((DossierRescheduled) backdated.event()).late()).isTrue();
        assertThat(late.rescheduleLate).isTrue();
    }

    @Test
    void onlyAFirstMissOfAnOpenRunningDossierWithoutNewAppointmentAwaitsReappointment() {
        assertThat(DossierWorkflow.awaitsReappointment(dossier(DossierStatus.IN_PROGRESS), 1, DUE)).isTrue();
        assertThat(DossierWorkflow.awaitsReappointment(dossier(DossierStatus.RECEIVED), 1, DUE)).isTrue();
        // a pause moved sla's appointment later than the one on the receipt
        assertThat(DossierWorkflow.awaitsReappointment(dossier(DossierStatus.IN_PROGRESS), 1,
                DUE.plus(Duration.ofDays(2)))).isTrue();
        assertThat(DossierWorkflow.awaitsReappointment(dossier(DossierStatus.IN_PROGRESS), 2, DUE)).isFalse();
        assertThat(DossierWorkflow.awaitsReappointment(dossier(DossierStatus.IN_PROGRESS), 1,
                DUE.minusSeconds(1))).isFalse();
        for (DossierStatus s : List.of(DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.AWAITING_FEES,
                DossierStatus.COMPLETED, DossierStatus.RETURNED, DossierStatus.NOT_ACCEPTED, DossierStatus.WITHDRAWN,
                DossierStatus.STOPPED)) {
            assertThat(DossierWorkflow.awaitsReappointment(dossier(s), 1, DUE)).as(s.name()).isFalse();
        }
        Dossier rescheduled = dossier(DossierStatus.IN_PROGRESS);
        apply(rescheduled, null, validCommand(Action.RESCHEDULE), audit(NOW));
        assertThat(DossierWorkflow.awaitsReappointment(rescheduled, 1, DUE)).isFalse();
    }

    @Test
    void theAutomaticReappointmentIsTheOneNewAppointmentLateBySystemAndKeepsTheStatus() {
        Dossier d = dossier(DossierStatus.RECEIVED);
        Instant newDue = Instant.parse("2025-06-10T10:00:00Z");
        Instant at = DUE.plusSeconds(90);
        Transition t = DossierWorkflow.reappoint(d, "quá hạn", newDue, Audit.now(DossierWorkflow.SYSTEM, at));
        DossierRescheduled e = (DossierRescheduled) t.event();
        assertThat(e.actor()).isEqualTo("system");
        assertThat(e.automatic()).isTrue();
        assertThat(e.late()).isTrue();
        assertThat(e.originalDueAt()).isEqualTo(DUE);
        assertThat(e.newDueAt()).isEqualTo(newDue);
        assertThat(d.status).isEqualTo(DossierStatus.RECEIVED);
        assertThat(t.history().fromStatus).isEqualTo(DossierStatus.RECEIVED);
        assertThat(t.history().toStatus).isEqualTo(DossierStatus.RECEIVED);
        assertThat(t.history().recordedBy).isEqualTo("system");
        assertThat(t.history().seq).isEqualTo(2);
        assertThat(d.allowedActions()).doesNotContain(Action.RESCHEDULE);

        d.status = DossierStatus.IN_PROGRESS;
        assertThatThrownBy(() -> apply(d, null, new Command.Reschedule("again", newDue.plus(Duration.ofDays(3)),
                null), audit(at.plusSeconds(60))))
                .isInstanceOfSatisfying(RuleViolated.class, r -> assertThat(r.field()).isEqualTo("newDueAt"))
                .hasMessageContaining("the new appointment may be set only once (Decree 61/2018/NĐ-CP, art. 12)")
                .hasMessageContaining("automatically");
        assertThatThrownBy(() -> DossierWorkflow.reappoint(d, "x", newDue.plus(Duration.ofDays(3)),
                Audit.now("system", at))).isInstanceOf(RuleViolated.class);
    }

    @Test
    void anEarlierRescheduleIsJudgedOnWhenItWasRecorded() {
        Dossier d = dossier(DossierStatus.IN_PROGRESS);
        d.rescheduled = true;
        d.rescheduledAt = Instant.parse("2025-06-04T10:00:01Z");
        DossierWorkflow.judgeEarlierReschedule(d, NATIONAL);
        assertThat(d.rescheduleLate).isTrue();
        d.rescheduleLate = null;
        d.rescheduledAt = NOW;
        DossierWorkflow.judgeEarlierReschedule(d, NATIONAL);
        assertThat(d.rescheduleLate).isFalse();
    }

    @Test
    void secondSupplementRequestWarnsThatNationalScoringCountsItLate() {
        Dossier d = dossier(DossierStatus.IN_PROGRESS);
        Command request = new Command.RequestSupplement("thiếu bản sao", List.of("CCCD"));
        Transition first = apply(d, null, request, audit(NOW));
        assertThat(first.warnings()).isEmpty();
        apply(d, null, new Command.ReceiveSupplement(), audit(NOW));
        Transition second = apply(d, null, request, audit(NOW));
        assertThat(((SupplementRequested) second.event()).requestNumber()).isEqualTo(2);
        assertThat(second.warnings()).extracting(Warning::code).containsExactly(Warning.SECOND_SUPPLEMENT_REQUEST);
        assertThat(second.warnings().get(0).message()).contains("late");
    }

    @Test
    void occurredAtMayBeLateButNotInTheFutureNorBeforeThePreviousEvent() {
        Dossier d = dossier(DossierStatus.IN_PROGRESS);
        Command c = new Command.Complete("QĐ-1");
        assertThatThrownBy(() -> apply(d, null, c,
                new Audit("a", NOW.plusSeconds(60), NOW, "occurredAt")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("occurredAt"))
                .hasMessageContaining("future");
        assertThatThrownBy(() -> apply(d, null, c,
                new Audit("a", d.lastEventAt.minusSeconds(1), NOW, "occurredAt")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("previous event");
        Transition t = apply(d, null, c, new Audit("a", d.lastEventAt, NOW, "occurredAt"));
        assertThat(t.history().occurredAt).isEqualTo(d.lastEventAt);
        assertThat(t.history().recordedAt).isEqualTo(NOW);
    }

    @Test
    void refusedInputLeavesTheDossierUntouched() {
        Dossier d = dossier(DossierStatus.IN_PROGRESS);
        assertThatThrownBy(() -> apply(d, null, new Command.Complete(""), audit(NOW)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("resultReference"));
        for (Command c : List.<Command>of(new Command.Refuse(null), new Command.Withdraw(""), new Command.Stop(" "))) {
            assertThatThrownBy(() -> apply(d, null, c, audit(NOW))).isInstanceOf(InvalidInput.class);
        }
        assertThat(d.status).isEqualTo(DossierStatus.IN_PROGRESS);
        assertThat(d.historyCount).isEqualTo(1);
        assertThat(d.resultReference).isNull();
    }

    @Test
    void stepOutcomeComparesDatesInVietnam() {
        Instant due = Instant.parse("2025-06-05T16:59:00Z"); // 23:59 on 5 June in Hà Nội
        assertThat(StepOutcome.of(Instant.parse("2025-06-04T16:59:00Z"), due)).isEqualTo(StepOutcome.EARLY);
        assertThat(StepOutcome.of(Instant.parse("2025-06-04T17:00:00Z"), due)).isEqualTo(StepOutcome.ON_TIME);
        assertThat(StepOutcome.of(Instant.parse("2025-06-05T17:00:00Z"), due)).isEqualTo(StepOutcome.LATE);
        assertThat(StepOutcome.of(Instant.parse("2025-06-05T17:00:00Z"), null)).isEqualTo(StepOutcome.ON_TIME);
    }

    @Test
    void phoneEndingMatchesApplicantOrAuthorisedPerson() {
        Dossier d = dossier(DossierStatus.RECEIVED);
        d.applicantPhone = "0912 345 678";
        d.recipientPhone = "0987654321";
        assertThat(d.phoneEndsWith("5678")).isTrue();
        assertThat(d.phoneEndsWith("4321")).isTrue();
        assertThat(d.phoneEndsWith("1234")).isFalse();
        assertThat(d.phoneEndsWith("678")).isFalse();
    }

    private static Dossier dossier(DossierStatus status) {
        Dossier d = new Dossier();
        d.id = 1L;
        d.code = "000.17.22.H56-250601-0001";
        d.status = status;
        d.receivedAt = NOW.minus(Duration.ofDays(1));
        d.lastEventAt = d.receivedAt;
        d.originalDueAt = DUE;
        d.currentDueAt = DUE;
        d.historyCount = 1;
        return d;
    }

    /** The workflow on the national calendar (DUE is Thursday 5 June 2025, 17:00 in Hà Nội, a working day). */
    private static Transition apply(Dossier d, HandOver open, Command command, Audit audit) {
        return DossierWorkflow.apply(d, open, command, audit, NATIONAL);
    }

    private static Audit audit(Instant at) {
        return new Audit("officer@000.17.22.H56", at, at, "occurredAt");
    }

    private static Command validCommand(Action action) {
        return switch (action) {
            case ASSIGN -> new Command.Assign("000.17.22.H56.01", "an@x.vn", "Thẩm định", null);
            case REQUEST_SUPPLEMENT -> new Command.RequestSupplement("thiếu", List.of("Bản sao CCCD"));
            case RECEIVE_SUPPLEMENT -> new Command.ReceiveSupplement();
            case REQUEST_FEES -> new Command.RequestFees("Lệ phí 100.000 đồng");
            case RECORD_FEE_PAYMENT -> new Command.RecordFeePayment();
            case RESCHEDULE -> new Command.Reschedule("cần xác minh", DUE.plus(Duration.ofDays(2)), "Chủ tịch");
            case COMPLETE -> new Command.Complete("QĐ-123");
            case RETURN -> new Command.Return(Channel.IN_PERSON);
            case REFUSE -> new Command.Refuse("không đủ điều kiện");
            case WITHDRAW -> new Command.Withdraw("công dân rút");
            case STOP -> new Command.Stop("có tranh chấp");
        };
    }
}
