package vn.motcua.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sla.Receipt.vn;
import static vn.motcua.sla.Sla.awaitDeadline;
import static vn.motcua.sla.Sla.send;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.sla.persistence.migration.EarlierReschedules;

/**
 * Migration V9: reschedules recorded before sla-service knew how an apology was made are judged against one working
 * day before the original appointment on the dossier's calendar; here the national one, across Tết 2026 (16-20/2 off).
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "sla"))
class EarlierReschedulesTest {
    @Inject
    DataSource dataSource;

    /** A dossier due Mon 23/2/2026 10:00 rescheduled at {@code at}, then made to look as it did before V8. */
    private String legacyReschedule(String at) throws Exception {
        Instant due = vn("2026-02-23T10:00");
        String code = Sla.receive(Receipt.of().receivedAt(vn("2026-02-09T08:00")).dueAt(due));
        send(code, new DossierRescheduled(code, vn(at), "leader@x", "xác minh", due, vn("2026-03-02T17:00"),
                "Chủ tịch", false, false));
        awaitDeadline(code, j -> j.getBoolean("rescheduled"));
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update tracked_dossier set apology = 'NONE' where code = ?")) {
            s.setString(1, code);
            s.executeUpdate();
        }
        return code;
    }

    @Test
    void anEarlierRescheduleIsInTimeUntilOneWorkingDayBeforeTheOriginalAppointment() throws Exception {
        // the working day before Monday 23/2 is Friday 13/2, the last before Tết: in time until 10:00 that day
        String inTime = legacyReschedule("2026-02-13T09:59");
        String late = legacyReschedule("2026-02-13T10:01");
        String duringTet = legacyReschedule("2026-02-18T09:00");
        try (Connection c = dataSource.getConnection()) {
            EarlierReschedules.Judged judged = EarlierReschedules.judge(c, "vn-national");
            assertThat(judged.inTime()).isGreaterThanOrEqualTo(1);
            assertThat(judged.late()).isGreaterThanOrEqualTo(2);
        }
        assertThat(Sla.deadline(inTime).getString("apology")).isEqualTo("OFFICER_IN_TIME");
        assertThat(Sla.deadline(late).getString("apology")).isEqualTo("OFFICER_LATE");
        assertThat(Sla.deadline(duringTet).getString("apology")).isEqualTo("OFFICER_LATE");
        try (Connection c = dataSource.getConnection()) {
            assertThat(EarlierReschedules.judge(c, "vn-national")).as("judged once").isEqualTo(
                    new EarlierReschedules.Judged(0, 0));
        }
    }
}
