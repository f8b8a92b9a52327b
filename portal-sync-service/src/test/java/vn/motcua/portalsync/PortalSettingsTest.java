package vn.motcua.portalsync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.portalsync.application.PortalSettings;
import vn.motcua.portalsync.config.PortalConfig;

/** Bad portal settings stop the start with one message naming each of them. */
class PortalSettingsTest {

    @Test
    void goodSettingsPass() {
        assertThat(PortalSettings.problems(new Settings("https://dichvucong.gov.vn/api/dongbo", "Bearer abc",
                "000.00.00.H56", Map.of("1.000948.H56", "1.000948"), Map.of("STOPPED", 8)))).isEmpty();
    }

    @Test
    void eachBadSettingIsNamed() {
        var problems = PortalSettings.problems(new Settings("ftp:/portal", "abc", "H56-bad",
                Map.of("1.000948.H56", "948"), Map.of("FINISHED", 9, "RECEIVED", 12)));

        assertThat(problems).hasSize(6).anySatisfy(p -> assertThat(p).startsWith("motcua.portal.url"))
                .anySatisfy(p -> assertThat(p).startsWith("motcua.portal.authorization"))
                .anySatisfy(p -> assertThat(p).startsWith("motcua.portal.agency-code"))
                .anySatisfy(p -> assertThat(p).startsWith("motcua.portal.procedures.\"1.000948.H56\""))
                .anySatisfy(p -> assertThat(p).startsWith("motcua.portal.statuses.FINISHED names no status"))
                .anySatisfy(p -> assertThat(p).startsWith("motcua.portal.statuses.RECEIVED must be a national status code 1-10"));
    }

    @Test
    void aUrlThatIsNoUrlIsNamed() {
        assertThat(PortalSettings.problems(new Settings("http://exa mple", "Bearer abc", "000.00.00.H56", Map.of(),
                Map.of()))).singleElement().asString().startsWith("motcua.portal.url");
    }

    private record Settings(String url, String authorization, String agencyCode, Map<String, String> procedures,
            Map<String, Integer> statuses) implements PortalConfig {
        @Override
        public Duration timeout() {
            return Duration.ofSeconds(10);
        }

        @Override
        public String interval() {
            return "1s";
        }

        @Override
        public String metricsRefresh() {
            return "15s";
        }

        @Override
        public int batchSize() {
            return 50;
        }

        @Override
        public Duration backoff() {
            return Duration.ofSeconds(5);
        }

        @Override
        public Duration maxBackoff() {
            return Duration.ofMinutes(10);
        }

        @Override
        public Duration lease() {
            return Duration.ofMinutes(1);
        }
    }
}
