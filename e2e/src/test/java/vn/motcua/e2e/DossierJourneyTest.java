package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.calendar.OfficialCalendars;
import vn.motcua.calendar.WorkingTimeUnit;

/**
 * One dossier at a time through the four running services, as a commune counter and its officers
 * would do it, checking what the citizen and the operators see. The two journeys move the shared
 * platform clock forward, so they run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DossierJourneyTest {
    /** Demo data: Ủy ban nhân dân phường Đồng Xoài decides "Đăng ký kết hôn" (1.000894) in 5 working days. */
    static final String AGENCY = "000.03.30.H56";
    static final String PROCEDURE = "1.000894";
    static final int WORKING_DAYS = 5;
    static final String OFFICER = "tuphap.dongxoai@000.03.30.H56.motcua.local";
    static final Duration WAIT = Duration.ofSeconds(90);

    static Platform platform;
    static Api api;
    static Mailbox mail;
    static final BusinessCalendar CALENDAR = OfficialCalendars.calendar("vn-national");

    @BeforeAll
    static void start() {
        platform = Platform.get();
        api = new Api(platform);
        mail = new Mailbox(platform.devstack());
    }

    @Test
    @Order(1)
    void missedDeadlineGetsExactlyOneApologyAndCountsLate() {
        Instant now = api.now();
        // A paper dossier keyed in late: received five working days before an appointment that is
        // now two working days away, then assigned and sent back for a supplement (all backdated).
        Instant target = CALENDAR.addWorkingTime(now, Duration.ofMinutes(2 * 8 * 60 + 7));
        Instant receivedAt = workingDaysBefore(target, WORKING_DAYS);
        String phone = Api.uniquePhone();
        String email = "citizen." + phone + "@example.vn";

        JsonPath receipt = api.receive(AGENCY, PROCEDURE, receivedAt, phone, email);
        String code = receipt.getString("dossierCode");
        Instant originalDue = OffsetDateTime.parse(receipt.getString("dueAt")).toInstant();
        assertThat(originalDue).isEqualTo(target);

        api.act(AGENCY, code, "assign", Map.of("unitCode", AGENCY, "officer", OFFICER,
                "stepName", "Thẩm định hồ sơ", "occurredAt", iso(receivedAt.plus(Duration.ofMinutes(20)))));
        api.act(AGENCY, code, "supplement-requests", Map.of("reason", "Thiếu giấy xác nhận tình trạng hôn nhân",
                "missingDocuments", List.of("Giấy xác nhận tình trạng hôn nhân"),
                "occurredAt", iso(receivedAt.plus(Duration.ofMinutes(40)))));
        api.act(AGENCY, code, "supplements", Map.of("receivedAt", iso(receivedAt.plus(Duration.ofMinutes(70)))));

        // the pause moved the appointment later by the working time it covered
        Instant currentDue = awaitCurrentDue(code, originalDue);
        assertThat(currentDue).isAfterOrEqualTo(originalDue).isAfter(now);

        // two hours before the appointment the deadline is approaching: the officer holding it is alerted
        api.moveClocksTo(currentDue.minus(Duration.ofHours(2)));
        List<MimeMessage> alerts = mail.await(OFFICER, 1, WAIT);
        assertThat(Mailbox.text(alerts.get(0))).contains(code);

        // time passes beyond the appointment: the deadline is missed
        api.moveClocksTo(currentDue.plus(Duration.ofMinutes(30)));
        List<MimeMessage> apologies = mail.await(email, 1, WAIT);
        assertThat(Mailbox.text(apologies.get(0))).contains(code).containsIgnoringCase("xin lỗi");
        assertThat(mail.settle(email, Duration.ofSeconds(5))).as("exactly one apology to the citizen").hasSize(1);

        // the citizen's lookup shows the apology and its new appointment, nothing personal
        Response lookup = awaitNotice(code, receipt.getString("lookupPin"), "AUTO_APOLOGY");
        assertThat(lookup.statusCode()).isEqualTo(200);
        assertThat(lookup.asString()).doesNotContain(phone).doesNotContain(email);
        List<Map<String, Object>> notices = lookup.jsonPath().getList("notices");
        assertThat(notices).anySatisfy(n -> {
            assertThat(n.get("kind")).isEqualTo("AUTO_APOLOGY");
            assertThat(n.get("newAppointment")).isNotNull();
        });

        // the result comes the next working day: after the appointment date, so the statistics count it late
        // (30 minutes late on the same day would still be on time: outcomes compare dates, docs/domain.md § Statistics)
        LocalDate nextDay = CALENDAR.nextWorkingDay(currentDue.atZone(Api.VN).toLocalDate());
        api.moveClocksTo(nextDay.atTime(9, 0).atZone(Api.VN).toInstant());
        long lateBefore = api.stats(AGENCY, PROCEDURE, nextDay, nextDay).getLong("total.late");
        api.act(AGENCY, code, "complete", Map.of("resultReference", "GCN-KH-" + code));
        awaitLate(nextDay, lateBefore + 1);
        assertThat(api.deadline(AGENCY, code).getString("outcome")).isEqualTo("LATE");
    }

    @Test
    @Order(2)
    void rescheduledDossierIsApologisedBeforeItsAppointmentAndStillCountsLate() {
        String phone = Api.uniquePhone();
        String email = "citizen." + phone + "@example.vn";
        JsonPath receipt = api.receive(AGENCY, PROCEDURE, null, phone, email);
        String code = receipt.getString("dossierCode");
        Instant originalDue = OffsetDateTime.parse(receipt.getString("dueAt")).toInstant();
        Instant newDue = CALENDAR.due(originalDue, 2, WorkingTimeUnit.WORKING_DAYS);

        api.act(AGENCY, code, "assign", Map.of("unitCode", AGENCY, "officer", OFFICER, "stepName", "Thẩm định hồ sơ"));
        api.act(AGENCY, code, "reschedule", Map.of("reason", "Cần xác minh thông tin hộ tịch tại nơi cư trú trước đây",
                "newDueAt", iso(newDue), "signerTitle", "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH"));

        // the apology reaches the citizen before the original appointment
        List<MimeMessage> apologies = mail.await(email, 1, WAIT);
        assertThat(Mailbox.text(apologies.get(0))).contains(code).contains("xác minh thông tin hộ tịch");
        // the lookup lists the notice once processing has consumed notification's NoticeSent (after the mail is out)
        Response lookup = awaitNotice(code, receipt.getString("lookupPin"), "APOLOGY");
        assertThat(lookup.jsonPath().getBoolean("rescheduled")).isTrue();
        assertThat(OffsetDateTime.parse(lookup.jsonPath().getString("newAppointment")).toInstant())
                .isCloseTo(newDue, within(1, ChronoUnit.MILLIS));
        List<Map<String, Object>> notices = lookup.jsonPath().getList("notices");
        assertThat(notices).anySatisfy(n -> {
            assertThat(n.get("kind")).isEqualTo("APOLOGY");
            assertThat(OffsetDateTime.parse((String) n.get("sentAt")).toInstant()).isBefore(originalDue);
        });

        // the result is ready on the new appointment day: met the new date, still late against the original
        Instant onNewDay = newDue.minus(Duration.ofMinutes(30));
        api.moveClocksTo(onNewDay);
        LocalDate day = onNewDay.atZone(Api.VN).toLocalDate();
        long lateBefore = api.stats(AGENCY, PROCEDURE, day, day).getLong("total.late");
        api.act(AGENCY, code, "complete", Map.of("resultReference", "GCN-KH-" + code));
        awaitLate(day, lateBefore + 1);
        assertThat(mail.settle(email, Duration.ofSeconds(3))).as("one apology, no second letter").hasSize(1);
    }

    private static Instant awaitCurrentDue(String code, Instant originalDue) {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            try {
                JsonPath view = api.deadline(AGENCY, code);
                String paused = view.getString("pausedIntervals[0].end");
                if (paused != null) {
                    return OffsetDateTime.parse(view.getString("currentDueAt")).toInstant();
                }
            } catch (AssertionError notYetKnown) {
                // the sla-service has not consumed the receipt yet
            }
            sleep(300);
        }
        throw new AssertionError("sla-service never recorded the supplement pause of " + code + " (due " + originalDue + ")");
    }

    private static Response awaitNotice(String code, String pin, String kind) {
        Instant deadline = Instant.now().plus(WAIT);
        Response lookup = api.lookup(code, pin);
        while (!lookup.jsonPath().getList("notices.kind").contains(kind) && Instant.now().isBefore(deadline)) {
            sleep(300);
            lookup = api.lookup(code, pin);
        }
        return lookup;
    }

    private static void awaitLate(LocalDate day, long expected) {
        Instant deadline = Instant.now().plus(WAIT);
        long late = -1;
        while (Instant.now().isBefore(deadline)) {
            late = api.stats(AGENCY, PROCEDURE, day, day).getLong("total.late");
            if (late >= expected) {
                assertThat(late).isEqualTo(expected);
                return;
            }
            sleep(300);
        }
        throw new AssertionError("late count stayed at " + late + ", expected " + expected);
    }

    /** The same clock time {@code days} working days earlier: receiving then gives {@code due} (no holiday in between). */
    private static Instant workingDaysBefore(Instant due, int days) {
        ZonedDateTime local = due.atZone(Api.VN);
        LocalDate date = local.toLocalDate();
        for (int i = 0; i < days; i++) {
            date = CALENDAR.previousWorkingDay(date);
        }
        return date.atTime(local.toLocalTime()).atZone(Api.VN).toInstant();
    }

    private static String iso(Instant instant) {
        return instant.atZone(Api.VN).toOffsetDateTime().toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
