package vn.motcua.sla.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Business settings of sla-service ({@code motcua.sla.*}). */
@ConfigMapping(prefix = "motcua.sla")
public interface SlaConfig {

    /** Topic of dossier lifecycle events consumed. */
    @WithDefault("dossier.lifecycle.v1")
    String lifecycleTopic();

    /** Compacted topic of calendars consumed. */
    @WithDefault("calendar.v1")
    String calendarTopic();

    /** Topic the scanner publishes DeadlineApproaching / DeadlineMissed to. */
    @WithDefault("dossier.sla.v1")
    String slaTopic();

    /** Whether this instance runs the scheduled scanner (the scan itself is safe with several instances). */
    @WithDefault("true")
    boolean scannerEnabled();

    /** Period of the scheduled scanner (read by {@code @Scheduled}). */
    @WithDefault("5s")
    String scanInterval();

    /** Delay of the first scan after start-up. */
    @WithDefault("2s")
    String scanDelay();

    /** Period of the refresh of the per-agency gauges from SQL. */
    @WithDefault("30s")
    String metricsRefresh();

    /** Dossiers claimed per scanner transaction. */
    @WithDefault("500")
    int scanBatchSize();

    /** Working days of the deciding agency's calendar before the current appointment at which to warn. */
    @WithDefault("1")
    int warningLeadWorkingDays();

    /** How long a parsed calendar is reused before it is read again (other instances may have consumed an update). */
    @WithDefault("PT1M")
    Duration calendarCacheTtl();

    /** Government target of the on-time rate in percent, echoed by the statistics for dashboards. */
    @WithDefault("95.0")
    double onTimeTarget();

    /** Longest period a statistics query may cover. */
    @WithDefault("3660")
    int maxStatsDays();

    /** Base URL of processing-service, for the dashboard's links to each dossier's process-control sheet. */
    @WithDefault("http://localhost:8082")
    String processingUrl();
}
