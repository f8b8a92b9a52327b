package vn.motcua.portalsync.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** The portal's address and credentials, the sender's pace and the mapping tables ({@code motcua.portal.*}). */
@ConfigMapping(prefix = "motcua.portal")
public interface PortalConfig {

    /** Where the dossier-sync requests are POSTed (absolute http or https URL). */
    String url();

    /** The whole Authorization header value ("Bearer …", "Basic …"). */
    String authorization();

    /** The province's agency code (madonvi) under which its system synchronises. */
    String agencyCode();

    @WithDefault("PT10S")
    Duration timeout();

    /** How often the sender looks for due changes (a scheduler period, e.g. 1s). */
    @WithDefault("1s")
    String interval();

    @WithDefault("50")
    int batchSize();

    @WithDefault("PT5S")
    Duration backoff();

    @WithDefault("PT10M")
    Duration maxBackoff();

    @WithDefault("PT1M")
    Duration lease();

    /** How often the per-agency gauges are recomputed. */
    @WithDefault("15s")
    String metricsRefresh();

    /** Local procedure code → national MaTTHC; unlisted codes are sent as they are. */
    Map<String, String> procedures();

    /** Status name (DossierStatus) → national TrangThaiHoSo 1–10; unlisted statuses keep their own code. */
    Map<String, Integer> statuses();
}
