package vn.motcua.processing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Business settings of processing-service ({@code motcua.processing.*}); topic names are {@code TopicsConfig}'s. */
@ConfigMapping(prefix = "motcua.processing")
public interface ProcessingConfig {

    Lookup lookup();

    /** Limits of the citizens' lookup, which needs no login and so must resist guessing. */
    interface Lookup {
        /** Lookups allowed per client IP within {@link #ipWindow()}. */
        @WithDefault("10")
        int requestsPerIp();

        @WithDefault("PT1M")
        Duration ipWindow();

        /** Failed lookups (wrong code or phone) allowed per dossier code within {@link #failureWindow()}. */
        @WithDefault("5")
        int failuresPerCode();

        @WithDefault("PT15M")
        Duration failureWindow();

        /** How long the opaque link to a lookup page's result stays valid (the phone ending never goes in a URL). */
        @WithDefault("PT15M")
        Duration resultTtl();
    }
}
