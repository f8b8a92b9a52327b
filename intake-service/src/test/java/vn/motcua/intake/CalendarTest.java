package vn.motcua.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.calendar.CalendarDefinition;
import vn.motcua.calendar.CalendarJson;
import vn.motcua.calendar.OfficialCalendars;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Topics;
import vn.motcua.testkit.ReceivedEvent;
import vn.motcua.testkit.TopicProbe;

/** Calendars: the official ones seeded and published, a PUT validated, stored and published on calendar.v1. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
class CalendarTest {

    @Test
    void officialCalendarsAreSeededAndPublished() {
        TestData.as("clerk", TestData.ROOT).get("/api/v1/calendars").then().statusCode(200)
                .body("$", hasItems("vn-national", "vn-national-saturday-morning"));
        String national = TestData.as("clerk", TestData.ROOT).get("/api/v1/calendars/vn-national").then().statusCode(200)
                .body("id", equalTo("vn-national")).extract().asString();
        try (TopicProbe probe = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.CALENDAR)) {
            ReceivedEvent record = probe.awaitOne(TopicProbe.keyAndType("vn-national", EventTypes.CALENDAR_PUBLISHED),
                    Duration.ofSeconds(30));
            assertThat(CalendarJson.parse(record.json())).isEqualTo(CalendarJson.parse(national));
        }
    }

    @Test
    void aPutCalendarIsStoredAndPublished() {
        String id = "test-province-" + System.nanoTime();
        String json = """
                {"id": "%s", "timeZone": "Asia/Ho_Chi_Minh", "basedOn": "vn-national",
                 "sessions": {"MONDAY": [{"start": "07:00", "end": "11:30"}, {"start": "13:00", "end": "17:00"}],
                              "SATURDAY": [{"start": "07:30", "end": "11:30"}]},
                 "exceptions": [{"date": "2026-12-31", "type": "DAY_OFF", "label": "Nghỉ cuối năm", "source": "Quyết định thử nghiệm"}]}
                """.formatted(id);
        String stored = TestData.admin().body(json).put("/api/v1/calendars/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("basedOn", equalTo("vn-national")).extract().asString();
        TestData.as("officer", TestData.ROOT).get("/api/v1/calendars/" + id).then().statusCode(200)
                .body("sessions.SATURDAY[0].start", equalTo("07:30"));
        try (TopicProbe probe = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.CALENDAR)) {
            ReceivedEvent record = probe.awaitOne(TopicProbe.keyAndType(id, EventTypes.CALENDAR_PUBLISHED), Duration.ofSeconds(30));
            assertThat(record.json()).isEqualTo(stored);
            CalendarDefinition published = CalendarJson.parse(record.json());
            assertThat(published.exceptions()).hasSize(1);
        }
    }

    /** An agency's own calendar (stored here, based on the national one) decides its appointments. */
    @Test
    void appointmentsFollowTheDecidingAgencysStoredCalendar() {
        String id = "test-saturday-" + System.nanoTime();
        String weekday = "[{\"start\": \"07:30\", \"end\": \"11:30\"}, {\"start\": \"13:30\", \"end\": \"17:00\"}]";
        String json = """
                {"id": "%s", "basedOn": "vn-national", "sessions": {"MONDAY": %s, "TUESDAY": %s, "WEDNESDAY": %s,
                 "THURSDAY": %s, "FRIDAY": %s, "SATURDAY": [{"start": "07:30", "end": "11:30"}]}}
                """.formatted(id, weekday, weekday, weekday, weekday, weekday);
        TestData.admin().body(json).put("/api/v1/calendars/" + id).then().statusCode(200);
        Map<String, Object> agency = TestData.agency(TestData.uniqueAgencyCode(), "COMMUNE", TestData.ROOT);
        agency.put("calendarId", id);
        String code = (String) agency.get("code");
        TestData.admin().body(agency).post("/api/v1/agencies").then().statusCode(201);
        String procedure = TestData.createProcedure(code, 1, "WORKING_DAYS");
        BusinessCalendar saturdays = BusinessCalendar.of(CalendarJson.parse(json), OfficialCalendars::find);
        ZonedDateTime friday = TestData.recentFriday(d -> saturdays.isWorkingDay(d) && saturdays.isWorkingDay(d.plusDays(1)));
        Map<String, Object> body = TestData.dossier(procedure, code);
        body.put("receivedAt", friday.toOffsetDateTime().toString());
        String dueAt = TestData.as("clerk", code).body(body).post("/api/v1/dossiers").then().statusCode(201)
                .extract().path("dueAt");
        // Friday 16:00 + 1 working day on a Saturday-morning calendar: Saturday's session ends at 11:30
        assertThat(OffsetDateTime.parse(dueAt)).isEqualTo(friday.plusDays(1).withHour(11).withMinute(30).toOffsetDateTime());
    }

    @Test
    void aBadCalendarIsA400NamingTheField() {
        String id = "test-bad-" + System.nanoTime();
        String json = """
                {"id": "%s", "sessions": {"MONDAY": [{"start": "13:30", "end": "11:30"}]},
                 "exceptions": [{"date": "2026-13-01", "type": "DAY_OFF", "label": "x", "source": "y"}]}
                """.formatted(id);
        TestData.admin().body(json).put("/api/v1/calendars/" + id).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("sessions.MONDAY[0].end", "exceptions[0].date"));
        TestData.admin().body("{\"id\": \"" + id + "\", \"basedOn\": \"nowhere\"}").put("/api/v1/calendars/" + id).then()
                .statusCode(400).body("errors.field", hasItem("basedOn"));
        TestData.admin().body("{\"id\": \"other\"}").put("/api/v1/calendars/" + id).then()
                .statusCode(400).body("errors[0].field", equalTo("id"));
        TestData.admin().body("{\"id\": ").put("/api/v1/calendars/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("body")).body("errors[0].message", containsString("malformed JSON"));
        TestData.as("clerk", TestData.ROOT).body("{\"id\": \"" + id + "\"}").put("/api/v1/calendars/" + id).then().statusCode(403);
        TestData.admin().get("/api/v1/calendars/" + id).then().statusCode(404);
    }
}
