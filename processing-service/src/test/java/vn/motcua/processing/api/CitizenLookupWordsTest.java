package vn.motcua.processing.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The lookup page's words and dates, in plain Vietnamese. */
class CitizenLookupWordsTest {

    @Test
    void waitTimesReadAsVietnamese() {
        assertThat(CitizenLookupPage.waitTime(45)).isEqualTo("45 giây");
        assertThat(CitizenLookupPage.waitTime(180)).isEqualTo("3 phút");
        assertThat(CitizenLookupPage.waitTime(860)).isEqualTo("14 phút 20 giây");
    }

    @Test
    void timesAreWrittenInVietnamWhateverTheirOffset() {
        assertThat(CitizenLookupPage.time(OffsetDateTime.parse("2025-06-11T10:00:00Z"))).isEqualTo("11/06/2025 17:00");
        assertThat(CitizenLookupPage.time(null)).isNull();
    }
}
