package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.motcua.calendar.CalendarFixtures.calendar;
import static vn.motcua.calendar.CalendarFixtures.session;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.CalendarValidationException.Violation;

/** Every validation rule, reported with its field path. */
class ValidationTest {

    private static final String MONDAY = "\"MONDAY\": [{\"start\": \"07:30\", \"end\": \"11:30\"}]";

    @Test
    void overlappingSessions() {
        CalendarDefinition definition = calendar("c")
                .day(DayOfWeek.MONDAY, session("07:30", "11:30"), session("11:00", "12:00")).definition();
        assertThat(violations(definition)).extracting(Violation::field).containsExactly("sessions.MONDAY[1]");
        assertThat(violations(definition).get(0).message()).contains("overlaps sessions.MONDAY[0]");
    }

    @Test
    void endBeforeOrEqualStart() {
        CalendarDefinition definition = calendar("c")
                .day(DayOfWeek.MONDAY, session("07:30", "11:30"), session("13:30", "13:30"))
                .day(DayOfWeek.TUESDAY, session("17:00", "13:30")).definition();
        assertThat(violations(definition)).extracting(Violation::field)
                .containsExactlyInAnyOrder("sessions.MONDAY[1].end", "sessions.TUESDAY[0].end");
    }

    @Test
    void unknownWeekday() {
        assertThat(jsonViolations("{\"id\": \"c\", \"sessions\": {\"FUNDAY\": []}}"))
                .containsExactly(new Violation("sessions.FUNDAY", "unknown weekday; expected MONDAY ... SUNDAY"));
    }

    @Test
    void duplicateDate() {
        CalendarDefinition definition = calendar("c").dayOff("2025-01-27").dayOff("2025-01-27").definition();
        assertThat(violations(definition)).extracting(Violation::field).containsExactly("exceptions[1].date");
    }

    @Test
    void badTimeFormat() {
        String json = "{\"id\": \"c\", \"sessions\": {\"MONDAY\": [{\"start\": \"7:30\", \"end\": \"11:61\"}]}}";
        assertThat(jsonViolations(json)).extracting(Violation::field)
                .containsExactly("sessions.MONDAY[0].start", "sessions.MONDAY[0].end");
    }

    @Test
    void unknownType() {
        String json = "{\"id\": \"c\", \"sessions\": {" + MONDAY + "}, \"exceptions\": ["
                + "{\"date\": \"2025-01-27\", \"type\": \"HOLIDAY\", \"label\": \"x\", \"source\": \"y\"}]}";
        assertThat(jsonViolations(json)).extracting(Violation::field).containsExactly("exceptions[0].type");
    }

    @Test
    void badDateAndUnknownField() {
        String json = "{\"id\": \"c\", \"exceptions\": [{\"date\": \"27/01/2025\", \"type\": \"DAY_OFF\","
                + " \"label\": \"x\", \"source\": \"y\", \"note\": 1}]}";
        assertThat(jsonViolations(json)).extracting(Violation::field)
                .containsExactlyInAnyOrder("exceptions[0].date", "exceptions[0].note");
    }

    @Test
    void unknownTimeZone() {
        CalendarDefinition definition = calendar("c").zone("Mars/Olympus_Mons").definition();
        assertThat(violations(definition)).extracting(Violation::field).containsExactly("timeZone");
    }

    @Test
    void missingIdAndTimeZoneDefault() {
        assertThat(jsonViolations("{\"sessions\": {" + MONDAY + "}}")).extracting(Violation::field)
                .containsExactly("id");
        assertThat(CalendarJson.parse("{\"id\": \"c\"}").timeZone()).isEqualTo("Asia/Ho_Chi_Minh");
    }

    @Test
    void missingLabelAndSourceAndSessionsOnDayOff() {
        CalendarDefinition definition = calendar("c").definition();
        CalendarDefinition bad = new CalendarDefinition("c", null, null, definition.sessions(), List.of(
                new CalendarException(LocalDate.parse("2025-01-27"), ExceptionType.DAY_OFF, " ", null,
                        List.of(session("07:30", "11:30")), false)));
        assertThat(violations(bad)).extracting(Violation::field).containsExactlyInAnyOrder(
                "exceptions[0].label", "exceptions[0].source", "exceptions[0].sessions");
    }

    @Test
    void basedOnCycle() {
        CalendarDefinition a = calendar("a").basedOn("b").definition();
        CalendarDefinition b = calendar("b").basedOn("a").definition();
        Map<String, CalendarDefinition> known = Map.of("a", a, "b", b);
        CalendarValidationException error = catchThrowableOfType(CalendarValidationException.class,
                () -> BusinessCalendar.of(a, id -> Optional.ofNullable(known.get(id))));
        assertThat(error.violations()).containsExactly(new Violation("basedOn", "cycle: a -> b -> a"));
        assertThat(violations(calendar("self").basedOn("self").definition()))
                .containsExactly(new Violation("basedOn", "cycle: self -> self"));
    }

    @Test
    void unknownBasedOn() {
        CalendarValidationException error = catchThrowableOfType(CalendarValidationException.class,
                () -> BusinessCalendar.of(calendar("a").basedOn("nowhere").definition()));
        assertThat(error.violations()).containsExactly(new Violation("basedOn", "unknown calendar 'nowhere'"));
    }

    @Test
    void allViolationsAreReportedTogether() {
        String json = "{\"timeZone\": \"Nowhere/City\", \"sessions\": {\"MONDAY\": [{\"start\": \"09:00\","
                + " \"end\": \"08:00\"}]}, \"exceptions\": [{\"date\": \"2025-01-27\", \"type\": \"DAY_OFF\","
                + " \"label\": \"Tết\", \"source\": \"x\"}, {\"date\": \"2025-01-27\", \"type\": \"DAY_OFF\","
                + " \"label\": \"Tết\", \"source\": \"x\"}]}";
        assertThat(jsonViolations(json)).extracting(Violation::field).containsExactlyInAnyOrder(
                "id", "timeZone", "sessions.MONDAY[0].end", "exceptions[1].date");
    }

    @Test
    void malformedJson() {
        assertThat(jsonViolations("{\"id\": ")).extracting(Violation::field).containsExactly("$");
        assertThat(jsonViolations("{\"id\": \"a\", \"id\": \"b\"}")).extracting(Violation::field).containsExactly("$");
    }

    private static List<Violation> violations(CalendarDefinition definition) {
        return catchThrowableOfType(CalendarValidationException.class,
                () -> CalendarValidator.validate(definition)).violations();
    }

    private static List<Violation> jsonViolations(String json) {
        return catchThrowableOfType(CalendarValidationException.class, () -> CalendarJson.parse(json)).violations();
    }
}
