package vn.motcua.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.processing.application.ReappointmentReconciliation;
import vn.motcua.testkit.ReceivedEvent;
import vn.motcua.testkit.TopicProbe;

/**
 * Data from before processing owned the new appointment: a first miss consumed then (only its alert row) is
 * re-appointed by the start-up reconciliation to the date the automatic letter named, once; an officer's earlier
 * reschedule is judged late or in time on when it was recorded.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
class ReconciliationTest {

    @Inject
    ReappointmentReconciliation reconciliation;

    @Inject
    AgroalDataSource db;

    @Test
    void firstMissesConsumedBeforeAreReappointedOnceAndEarlierReschedulesJudged() throws SQLException {
        String open = ReappointmentTest.receivedLongAgo(ReappointmentTest.DUE);
        Fixtures.drive(open, List.of("assign"));
        String ended = ReappointmentTest.receivedLongAgo(ReappointmentTest.DUE);
        Fixtures.drive(ended, List.of("assign", "refuse"));
        for (String code : List.of(open, ended)) {
            // what the consumer kept of a miss before this change: the alert, and no re-appointment
            missRecordedBefore(code, ReappointmentTest.DUE, ReappointmentTest.DUE.plusSeconds(60));
        }
        Instant due = Instant.now().plus(Duration.ofDays(20));
        String officer = Fixtures.receive(Fixtures.received(Fixtures.newCode(), Instant.now().minus(Duration.ofDays(2)),
                due));
        Fixtures.drive(officer, List.of("assign"));
        Fixtures.act(officer, "reschedule", ReappointmentTest.reschedule(due.plus(Duration.ofDays(3)))).statusCode(200);
        notJudgedYet(officer);
        Fixtures.view(officer).body("reschedule.late", equalTo(null));

        reconciliation.run();

        Fixtures.view(open).body("rescheduled", equalTo(true))
                .body("currentDueAt", equalTo("2025-06-11T17:00:00+07:00"))
                .body("reschedule.automatic", equalTo(true))
                .body("reschedule.late", equalTo(true))
                .body("history[2].recordedBy", equalTo("system"));
        Fixtures.view(ended).body("rescheduled", equalTo(false)).body("status.code", equalTo(3));
        Fixtures.view(officer).body("reschedule.automatic", equalTo(false)).body("reschedule.late", equalTo(false));

        reconciliation.run();
        try (TopicProbe probe = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.DOSSIER_LIFECYCLE)) {
            Predicate<ReceivedEvent> automatic = e -> ReappointmentTest.RESCHEDULED.equals(e.ceType())
                    && List.of(open, ended).contains(e.key());
            List<ReceivedEvent> events = probe.settle(automatic, Duration.ofSeconds(2));
            assertThat(events).extracting(ReceivedEvent::key).containsExactly(open);
            DossierRescheduled e = events.get(0).payloadAs(DossierRescheduled.class);
            assertThat(e.newDueAt()).isEqualTo(ReappointmentTest.POLICY_DATE);
            assertThat(e.automatic()).isTrue();
            assertThat(e.late()).isTrue();
            assertThat(e.actor()).isEqualTo("system");
        }
        Fixtures.view(open).body("history.size()", equalTo(3));
    }

    private void missRecordedBefore(String code, Instant dueAt, Instant occurredAt) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("insert into deadline_alert"
                + " (dossier_code, episode, kind, due_at, occurred_at) values (?, 1, 'MISSED', ?, ?)")) {
            s.setString(1, code);
            s.setTimestamp(2, Timestamp.from(dueAt));
            s.setTimestamp(3, Timestamp.from(occurredAt));
            s.executeUpdate();
        }
    }

    /** As the migration leaves a reschedule recorded before lateness was judged. */
    private void notJudgedYet(String code) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("update dossier set reschedule_late = null where code = ?")) {
            s.setString(1, code);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
