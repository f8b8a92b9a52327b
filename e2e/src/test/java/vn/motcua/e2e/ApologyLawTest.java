package vn.motcua.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The apology as Decree 61/2018/NĐ-CP art. 12 writes it, end to end: an appointment that passes with no apology is
 * re-appointed once, by processing-service, and that one new date is the same in processing, sla, the citizen's
 * lookup and the one letter; an officer cannot set a second; missing it escalates, and no letter names a third date.
 */
class ApologyLawTest {
    static final Duration WAIT = Duration.ofSeconds(90);
    static final DateTimeFormatter LETTER = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    static final Pattern DATE_TIME = Pattern.compile("(\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2})");

    static final Platform platform = Platform.get();
    static final Api api = new Api(platform);

    @AfterAll
    static void realTime() {
        api.resetClocks();
    }

    @Test
    void aMissedAppointmentGetsOneNewDateEverywhereAndMissingItEscalatesWithoutAThird() {
        Mailbox mail = new Mailbox(platform.devstack());
        String phone = Api.uniquePhone();
        String email = "law." + phone + "@example.vn";
        // entered 12 days late: the appointment has passed, so sla-service announces the miss at once
        JsonPath receipt = api.receive(DossierJourneyTest.AGENCY, DossierJourneyTest.PROCEDURE,
                api.now().minus(Duration.ofDays(12)), phone, email);
        String code = receipt.getString("dossierCode");
        String pin = receipt.getString("lookupPin");

        JsonPath dossier = await("processing re-appoints " + code, () -> processing(code),
                j -> j.get("reschedule") != null);
        assertThat(dossier.getBoolean("reschedule.automatic")).isTrue();
        assertThat(dossier.getBoolean("reschedule.late")).isTrue();
        assertThat(dossier.getString("history.find { it.action == 'reschedule' }.recordedBy")).isEqualTo("system");
        Instant newDue = instant(dossier.getString("reschedule.newDueAt"));
        assertThat(instant(dossier.getString("currentDueAt"))).isEqualTo(newDue);
        assertThat(newDue).isAfter(instant(dossier.getString("originalDueAt")));

        JsonPath deadline = await("sla opens episode 2 of " + code, () -> api.deadline(DossierJourneyTest.AGENCY, code),
                j -> j.getInt("currentEpisode") == 2);
        assertThat(instant(deadline.getString("currentDueAt"))).isEqualTo(newDue);
        assertThat(instant(deadline.getString("episodes.find { it.episode == 2 }.dueAt"))).isEqualTo(newDue);

        // the slip's PIN opens the lookup; the phone's last 4 digits alone no longer do
        given().baseUri(platform.url("processing")).queryParam("phoneLast4", phone.substring(phone.length() - 4))
                .get("/public/v1/dossiers/" + code).then().statusCode(404);
        JsonPath lookup = api.lookup(code, pin).then().statusCode(200)
                .extract().jsonPath();
        assertThat(instant(lookup.getString("newAppointment"))).isEqualTo(newDue);
        assertThat(lookup.getBoolean("reschedule.automatic")).isTrue();

        List<MimeMessage> letters = mail.await(email, 1, WAIT);
        String letter = Mailbox.text(letters.get(0));
        assertThat(letter).contains(code, LETTER.format(newDue.atZone(Api.VN)));
        // the citizen's first mail reminds them of the slip's lookup PIN
        assertThat(letter).contains("mã tra cứu " + pin);

        // the once rule: an officer cannot set a second new appointment
        given().baseUri(platform.url("processing")).auth().oauth2(platform.token("leader", DossierJourneyTest.AGENCY))
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Cần thêm thời gian", "newDueAt",
                        newDue.plus(Duration.ofDays(7)).atZone(Api.VN).toOffsetDateTime().toString(),
                        "signerTitle", "KT. CHỦ TỊCH"))
                .when().post("/api/v1/dossiers/" + code + "/reschedule")
                .then().statusCode(409).contentType("application/problem+json");

        // the new appointment passes too: escalation, and no letter names a date after it
        api.moveClocksTo(newDue.plus(Duration.ofHours(2)));
        await("sla announces the miss of episode 2 of " + code, () -> api.deadline(DossierJourneyTest.AGENCY, code),
                j -> j.getString("episodes.find { it.episode == 2 }.missedAt") != null);
        List<String> kinds = await("notification escalates " + code, () -> notices(code),
                j -> j.getList("kind").contains("ESCALATION")).getList("kind");
        assertThat(kinds).containsOnlyOnce("AUTO_APOLOGY").doesNotContain("APOLOGY");
        List<MimeMessage> all = mail.settle(email, Duration.ofSeconds(5));
        assertThat(all.stream().filter(m -> Mailbox.subject(m).contains("xin lỗi"))).as("one apology letter").hasSize(1);
        for (MimeMessage m : all) {
            Matcher dates = DATE_TIME.matcher(Mailbox.text(m));
            while (dates.find()) {
                Instant named = LocalDateTime.parse(dates.group(1), LETTER).atZone(Api.VN).toInstant();
                assertThat(named).as("a date in \"%s\"", Mailbox.subject(m)).isBeforeOrEqualTo(newDue);
            }
        }
    }

    @Test
    void aPauseMovesTheAppointmentAlikeInProcessingAndSlaAndTheOfficersApologyIsJudgedOnIt() {
        // from 09:00 of the next working day: an instant relative to whatever time it is may put the appointment on a
        // session's edge (11:30, 17:00), where intake counts from the next opening (a run at 00:50 failed on that)
        java.time.LocalDate nextDay = DossierJourneyTest.CALENDAR.nextWorkingDay(api.now().atZone(Api.VN).toLocalDate());
        api.moveClocksTo(nextDay.atTime(9, 0).atZone(Api.VN).toInstant());
        // whole seconds: the services keep microseconds
        Instant now = api.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String agency = DossierJourneyTest.AGENCY;
        // keyed in late: received five working days before an appointment half a working day away, so one working
        // day before it is already past; then sent back for a supplement that arrives only now (all backdated)
        Instant target = DossierJourneyTest.CALENDAR.addWorkingTime(now, Duration.ofHours(4));
        java.time.ZonedDateTime local = target.atZone(Api.VN);
        java.time.LocalDate day = local.toLocalDate();
        for (int i = 0; i < DossierJourneyTest.WORKING_DAYS; i++) {
            day = DossierJourneyTest.CALENDAR.previousWorkingDay(day);
        }
        Instant receivedAt = day.atTime(local.toLocalTime()).atZone(Api.VN).toInstant();
        String phone = Api.uniquePhone();
        String code = api.receive(agency, DossierJourneyTest.PROCEDURE, receivedAt, phone, "pause." + phone
                + "@example.vn").getString("dossierCode");
        api.act(agency, code, "assign", Map.of("unitCode", agency, "officer", DossierJourneyTest.OFFICER,
                "stepName", "Thẩm định hồ sơ", "occurredAt", iso(receivedAt.plus(Duration.ofMinutes(20)))));
        api.act(agency, code, "supplement-requests", Map.of("reason", "Thiếu giấy xác nhận tình trạng hôn nhân",
                "missingDocuments", List.of("Giấy xác nhận tình trạng hôn nhân"),
                "occurredAt", iso(receivedAt.plus(Duration.ofMinutes(40)))));
        api.act(agency, code, "supplements", Map.of("receivedAt", iso(now.minus(Duration.ofMinutes(1)))));

        JsonPath deadline = await("sla records the pause of " + code, () -> api.deadline(agency, code),
                j -> j.getString("pausedIntervals[0].end") != null);
        Instant slaDue = instant(deadline.getString("currentDueAt"));
        assertThat(slaDue).isAfter(target.plus(Duration.ofDays(3)));
        assertThat(instant(deadline.getString("apologyDeadline"))).isAfter(now);
        JsonPath dossier = processing(code);
        assertThat(instant(dossier.getString("originalDueAt"))).isEqualTo(target);
        assertThat(instant(dossier.getString("currentDueAt"))).as("processing's appointment").isEqualTo(slaDue);

        JsonPath rescheduled = api.act(agency, code, "reschedule", Map.of("reason", "Cần xác minh thêm",
                "newDueAt", iso(slaDue.plus(Duration.ofDays(3))), "signerTitle", "KT. GIÁM ĐỐC"));
        assertThat(rescheduled.getBoolean("reschedule.late")).as("in time for the appointment the pause moved")
                .isFalse();
        await("sla counts the officer's apology in time for " + code, () -> api.deadline(agency, code),
                j -> "OFFICER_IN_TIME".equals(j.getString("apology")));
    }

    private static String iso(Instant instant) {
        return instant.atZone(Api.VN).toOffsetDateTime().toString();
    }

    private static JsonPath processing(String code) {
        return given().baseUri(platform.url("processing"))
                .auth().oauth2(platform.token("leader", DossierJourneyTest.AGENCY))
                .when().get("/api/v1/dossiers/" + code).then().extract().jsonPath();
    }

    private static JsonPath notices(String code) {
        return given().baseUri(platform.url("notification")).auth().oauth2(platform.token("admin", Api.ADMIN_AGENCY))
                .queryParam("dossier", code).when().get("/api/v1/notices").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath await(String what, java.util.function.Supplier<JsonPath> read, Predicate<JsonPath> done) {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            try {
                JsonPath j = read.get();
                if (done.test(j)) {
                    return j;
                }
            } catch (RuntimeException | AssertionError notYet) {
                // not consumed yet
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError(what + " did not happen within " + WAIT);
    }

    private static Instant instant(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }
}
