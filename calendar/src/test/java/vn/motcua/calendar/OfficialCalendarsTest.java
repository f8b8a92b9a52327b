package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.CalendarFixtures.NATIONAL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped national calendar matches the announcements quoted in the README. */
class OfficialCalendarsTest {

    @Test
    void tet2025IsOffFromSaturday25JanuaryToSunday2February() {
        assertThat(daysOff("2025-01-24", "2025-02-04"))
                .containsExactly(datesFrom("2025-01-25", 9).toArray(LocalDate[]::new));
    }

    @Test
    void tet2026IsOffFromSaturday14FebruaryToSunday22February() {
        assertThat(daysOff("2026-02-13", "2026-02-24"))
                .containsExactly(datesFrom("2026-02-14", 9).toArray(LocalDate[]::new));
    }

    @Test
    void reunificationAndLabourDay2025AreFiveDaysWithSaturday26AprilWorked() {
        assertThat(NATIONAL.isWorkingDay(LocalDate.parse("2025-04-26"))).isTrue();
        assertThat(daysOff("2025-04-29", "2025-05-05"))
                .containsExactly(datesFrom("2025-04-30", 5).toArray(LocalDate[]::new));
    }

    @Test
    void eachYearHasItsExpectedNumberOfWorkingDays() {
        // weekdays minus weekday holidays and swapped days, plus make-up Saturdays, counted by hand per year
        assertThat(workingDays(2024)).isEqualTo(262 - 12 + 1);
        assertThat(workingDays(2025)).isEqualTo(261 - 12 + 1);
        assertThat(workingDays(2026)).isEqualTo(261 - 14 + 2);
    }

    @Test
    void everyExceptionNamesItsSourceAndUnverifiedOnesAreListedInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (CalendarException exception : OfficialCalendars.national().exceptions()) {
            assertThat(exception.source()).isNotBlank();
            if (exception.unverified()) {
                assertThat(readme).contains(exception.date().toString());
            }
        }
    }

    @Test
    void derivedExampleResolvesAgainstTheNationalCalendar() {
        assertThat(OfficialCalendars.all()).containsOnlyKeys("vn-national", "vn-national-saturday-morning");
        assertThat(OfficialCalendars.all().get("vn-national-saturday-morning").basedOn()).isEqualTo("vn-national");
        assertThat(OfficialCalendars.find("nope")).isEmpty();
    }

    private static List<LocalDate> daysOff(String from, String to) {
        return LocalDate.parse(from).datesUntil(LocalDate.parse(to).plusDays(1))
                .filter(date -> !NATIONAL.isWorkingDay(date)).toList();
    }

    private static Stream<LocalDate> datesFrom(String first, int count) {
        return Stream.iterate(LocalDate.parse(first), date -> date.plusDays(1)).limit(count);
    }

    private static long workingDays(int year) {
        return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1)).filter(NATIONAL::isWorkingDay).count();
    }
}
