package vn.motcua.sla;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sla.Receipt.vn;
import static vn.motcua.sla.Sla.awaitDeadline;
import static vn.motcua.sla.Sla.send;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.AgencyLevel;
import vn.motcua.events.EventTypes;
import vn.motcua.events.SupplementPolicy;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.events.lifecycle.ProcessingCompleted;
import vn.motcua.events.lifecycle.ProcessingStarted;
import vn.motcua.events.lifecycle.StepAssigned;
import vn.motcua.events.lifecycle.SupplementReceived;
import vn.motcua.events.lifecycle.SupplementRequested;
import vn.motcua.support.time.AdjustableClock;

/** Lifecycle and calendar events in, GET /api/v1/deadlines/{code} out: appointments, pauses, episodes, holder. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "sla"))
class DeadlineTrackingTest {
    @Inject
    AdjustableClock clock;

    @BeforeEach
    void beforeTheAppointments() {
        clock.setTo(vn("2026-03-02T07:00"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void pauseAcrossWeekendExtendsBothAppointmentsAndARedeliveredRequestCountsOnce() {
        Receipt receipt = Receipt.of();
        String code = receipt.code();
        send(code, receipt.build());
        JsonPath received = awaitDeadline(code, j -> "RECEIVED".equals(j.getString("status.name")));
        assertThat(received.getString("originalDueAt")).isEqualTo("2026-03-09T08:00:00+07:00");
        assertThat(received.getString("nextCheckAt")).as("the warning, two working days ahead")
                .isEqualTo("2026-03-05T08:00:00+07:00");

        // Friday 15:00 until Monday 09:00: 2 h on Friday + 1.5 h on Monday of working time, the weekend is free
        UUID requestId = UUID.randomUUID();
        SupplementRequested request = new SupplementRequested(code, vn("2026-03-06T15:00"), "officer@x", "thiếu",
                java.util.List.of("CCCD"), 1);
        Sla.WRITER.send(Topics.DOSSIER_LIFECYCLE, code, request, requestId);
        Sla.WRITER.send(Topics.DOSSIER_LIFECYCLE, code, request, requestId);
        send(code, new SupplementReceived(code, vn("2026-03-09T09:00"), "clerk@x"));

        JsonPath resumed = awaitDeadline(code, j -> "IN_PROGRESS".equals(j.getString("status.name")));
        assertThat(resumed.getList("pausedIntervals")).hasSize(1);
        assertThat(resumed.getLong("totalPausedWorkingSeconds")).isEqualTo(3 * 3600 + 1800);
        assertThat(resumed.getString("originalDueAt")).isEqualTo("2026-03-09T08:00:00+07:00");
        assertThat(resumed.getString("scoringDueAt")).isEqualTo("2026-03-09T11:30:00+07:00");
        assertThat(resumed.getString("currentDueAt")).isEqualTo("2026-03-09T11:30:00+07:00");
        assertThat(resumed.getInt("episodes[0].episode")).isEqualTo(1);
        assertThat(resumed.getString("episodes[0].dueAt")).isEqualTo("2026-03-09T11:30:00+07:00");
    }

    @Test
    void restartRecomputesTheAppointmentFromTheCompleteDossier() {
        Receipt receipt = Receipt.of().policy(SupplementPolicy.RESTART);
        String code = receipt.code();
        send(code, receipt.build());
        send(code, new SupplementRequested(code, vn("2026-03-06T15:00"), "officer@x", "thiếu", null, 1));
        send(code, new SupplementReceived(code, vn("2026-03-09T09:00"), "clerk@x"));

        JsonPath resumed = awaitDeadline(code, j -> "IN_PROGRESS".equals(j.getString("status.name")));
        assertThat(resumed.getString("supplementPolicy")).isEqualTo("RESTART");
        assertThat(resumed.getString("originalDueAt")).isEqualTo("2026-03-09T08:00:00+07:00");
        // 5 full working days again from Monday 09:00
        assertThat(resumed.getString("scoringDueAt")).isEqualTo("2026-03-16T09:00:00+07:00");
        assertThat(resumed.getString("currentDueAt")).isEqualTo("2026-03-16T09:00:00+07:00");
    }

    @Test
    void holderRescheduleAndEndAreTracked() {
        Receipt receipt = Receipt.of();
        String code = receipt.code();
        send(code, receipt.build());
        send(code, new ProcessingStarted(code, vn("2026-03-02T09:00"), "clerk@x", "Thẩm định", "000.01.01.H56",
                "an@stp", vn("2026-03-04T09:00")));
        send(code, new StepAssigned(code, vn("2026-03-04T08:00"), "an@stp", "Phê duyệt", "000.01.01.H56", "an@stp",
                "000.01.02.H56", "binh@stp", vn("2026-03-06T08:00")));
        send(code, new DossierRescheduled(code, vn("2026-03-05T10:00"), "leader@x", "cần xác minh",
                vn("2026-03-09T08:00"), vn("2026-03-12T17:00"), "Giám đốc", false, false));
        send(code, new ProcessingCompleted(code, vn("2026-03-11T10:00"), "binh@stp", "KQ-1"));

        JsonPath done = awaitDeadline(code, j -> "COMPLETED".equals(j.getString("status.name")));
        assertThat(done.getString("holder.unitCode")).isEqualTo("000.01.02.H56");
        assertThat(done.getString("holder.officer")).isEqualTo("binh@stp");
        assertThat(done.getList("steps")).hasSize(2);
        assertThat(done.getString("steps[1].dueAt")).isEqualTo("2026-03-06T08:00:00+07:00");
        assertThat(done.getBoolean("rescheduled")).isTrue();
        assertThat(done.getString("apology")).isEqualTo("OFFICER_IN_TIME");
        assertThat(done.getString("apologyDeadline")).as("no second new appointment").isNull();
        assertThat(done.getInt("currentEpisode")).isEqualTo(2);
        assertThat(done.getString("episodes[1].dueAt")).isEqualTo("2026-03-12T17:00:00+07:00");
        assertThat(done.getString("currentDueAt")).isEqualTo("2026-03-12T17:00:00+07:00");
        assertThat(done.getString("originalDueAt")).isEqualTo("2026-03-09T08:00:00+07:00");
        assertThat(done.getString("processingEnd")).isEqualTo("2026-03-11T10:00:00+07:00");
        // met its new date, still late: it was apologised for
        assertThat(done.getString("outcome")).isEqualTo("LATE");
        assertThat(done.getString("nextCheckAt")).isNull();
    }

    @Test
    void eventsOfAnUnknownDossierAreIgnoredAndTheConsumerGoesOn() {
        String unknown = Receipt.uniqueCode("000.00.01.H56");
        send(unknown, new SupplementReceived(unknown, vn("2026-03-09T09:00"), "clerk@x"));
        Receipt receipt = Receipt.of();
        send(receipt.code(), receipt.build());
        awaitDeadline(receipt.code(), j -> "RECEIVED".equals(j.getString("status.name")));
        given().auth().oauth2(Sla.admin())
                .get("/api/v1/deadlines/" + unknown).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void warningUsesThePublishedCalendarOfTheAgency() {
        String calendarId = "test-" + UUID.randomUUID();
        String json = """
                {"id": "%s", "timeZone": "Asia/Ho_Chi_Minh", "basedOn": "vn-national", "sessions": {},
                 "exceptions": [{"date": "2026-03-05", "type": "DAY_OFF", "label": "Nghỉ địa phương", "source": "test"}]}
                """.formatted(calendarId);
        Sla.WRITER.sendRaw(Topics.CALENDAR, calendarId, EventTypes.CALENDAR_PUBLISHED,
                json.getBytes(StandardCharsets.UTF_8), UUID.randomUUID());
        // the calendar record and the dossier travel on different topics: retry with fresh dossiers until it is known
        JsonPath view = Awaits.until(() -> {
            Receipt receipt = Receipt.of().dueAt(vn("2026-03-06T08:00")).calendar(calendarId);
            send(receipt.code(), receipt.build());
            return awaitDeadline(receipt.code(), j -> j.getString("nextCheckAt") != null);
        }, j -> "2026-03-03T08:00:00+07:00".equals(j.getString("nextCheckAt")), Sla.WAIT);
        assertThat(view.getString("currentDueAt")).isEqualTo("2026-03-06T08:00:00+07:00");
        // two working days ahead, and the apology in time until one working day before: both skip the local day off
        assertThat(view.getString("apologyDeadline")).isEqualTo("2026-03-04T08:00:00+07:00");
        assertThat(view.getString("apology")).isEqualTo("NONE");
    }

    @Test
    void callersOutsideTheAgencyTreeAreToldNothingExists() {
        Receipt receipt = Receipt.of().deciding(Receipt.agency("000.00.09.H56", "Sở Y tế", AgencyLevel.PROVINCE,
                java.util.List.of("000.00.00.H56", "000.00.09.H56")));
        send(receipt.code(), receipt.build());
        awaitDeadline(receipt.code(), j -> "RECEIVED".equals(j.getString("status.name")));
        given().auth().oauth2(DevstackTestResource.token("officer", "000.00.00.H56"))
                .get("/api/v1/deadlines/" + receipt.code()).then().statusCode(200);
        given().auth().oauth2(DevstackTestResource.token("officer", "000.00.07.H56"))
                .get("/api/v1/deadlines/" + receipt.code()).then().statusCode(404)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.equalTo("dossier "
                        + receipt.code() + " not found"));
    }
}
