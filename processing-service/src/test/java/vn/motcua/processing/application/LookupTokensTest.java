package vn.motcua.processing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.motcua.processing.config.ProcessingConfig;

/** Result links are opaque, distinct and short-lived. */
class LookupTokensTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2025-11-21T03:00:00Z"));
    private final LookupTokens tokens = new LookupTokens(config(Duration.ofMinutes(15)), new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    @Test
    void aTokenNamesItsLookupUntilItExpires() {
        String token = tokens.issue("000.00.99.H56-251121-0001", "5678");
        assertThat(token).matches("[A-Za-z0-9_-]{24}").doesNotContain("5678");
        assertThat(tokens.issue("000.00.99.H56-251121-0001", "5678")).isNotEqualTo(token);
        assertThat(tokens.resolve(token)).hasValueSatisfying(g -> {
            assertThat(g.code()).isEqualTo("000.00.99.H56-251121-0001");
            assertThat(g.phoneLast4()).isEqualTo("5678");
        });
        now.set(now.get().plus(Duration.ofMinutes(15)));
        assertThat(tokens.resolve(token)).isEmpty();
        assertThat(tokens.resolve("unknown")).isEmpty();
        assertThat(tokens.resolve(null)).isEmpty();
    }

    private static ProcessingConfig config(Duration ttl) {
        ProcessingConfig.Lookup lookup = new ProcessingConfig.Lookup() {
            @Override
            public int requestsPerIp() {
                return 10;
            }

            @Override
            public Duration ipWindow() {
                return Duration.ofMinutes(1);
            }

            @Override
            public int failuresPerCode() {
                return 5;
            }

            @Override
            public Duration failureWindow() {
                return Duration.ofMinutes(15);
            }

            @Override
            public Duration resultTtl() {
                return ttl;
            }
        };
        return new ProcessingConfig() {
            @Override
            public Lookup lookup() {
                return lookup;
            }
        };
    }
}
