package vn.motcua.processing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Business settings of processing-service ({@code motcua.processing.*}); topic names are {@code TopicsConfig}'s. */
@ConfigMapping(prefix = "motcua.processing")
public interface ProcessingConfig {

    Lookup lookup();

    AutoApology autoApology();

    Backdating backdating();

    /** Work recorded late: beyond this window an officer's action needs a leader (domain BackdatingWindow). */
    interface Backdating {
        /** Working days, on the deciding agency's calendar, between when an action happened and when it is recorded. */
        @WithDefault("2")
        int windowWorkingDays();
    }

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

    /**
     * The new appointment processing sets itself when the first one passed with none (Decree 61/2018/NĐ-CP art. 12):
     * N working days after the missed one, per procedure; notification-service used to choose it for its letter.
     */
    interface AutoApology {
        @WithDefault("3")
        int defaultExtensionDays();

        /** Procedure code to working days, e.g. {@code procedures."1.000948"=10}. */
        Map<String, Integer> procedures();

        /** The reason the automatic re-appointment gives (the letter quotes it). */
        @WithDefault("Hồ sơ chưa được giải quyết xong trong thời hạn đã hẹn; cơ quan đang tiếp tục xử lý.")
        String reason();

        /** Re-appoint at start-up the dossiers whose first miss was consumed before processing did it itself. */
        @WithDefault("true")
        boolean reconcileAtStart();

        /** Dossiers per reconciliation transaction. */
        @WithDefault("200")
        int reconcileBatchSize();
    }
}
