package vn.motcua.sla.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;

/**
 * Business settings of sla-service ({@code motcua.sla.*}); its topics are service-support's {@code motcua.topics.*}, its
 * calendars {@code motcua.calendar.*}.
 */
@ConfigMapping(prefix = "motcua.sla")
public interface SlaConfig {

    /** Whether this instance runs the scheduled scanner (the scan itself is safe with several instances). */
    @WithDefault("true")
    boolean scannerEnabled();

    /** Period of the scheduled scanner (read by {@code @Scheduled}). */
    @WithDefault("5s")
    String scanInterval();

    /** Delay of the first scan after start-up. */
    @WithDefault("2s")
    String scanDelay();

    /** Period of the folding of the statistics journal into the aggregates (read by {@code @Scheduled}). */
    @WithDefault("1s")
    String statsFoldInterval();

    /** Period of the refresh of the per-agency gauges from SQL. */
    @WithDefault("30s")
    String metricsRefresh();

    /** Dossiers claimed per scanner transaction. */
    @WithDefault("500")
    int scanBatchSize();

    /**
     * Working days of the deciding agency's calendar before the current appointment at which to warn: two, so that
     * the officer still has a working day to send the apology in time (one working day before the appointment).
     */
    @WithDefault("2")
    int warningLeadWorkingDays();

    /**
     * Per agency code (quoted: {@code motcua.sla.warning-lead-by-agency."000.00.01.H56"=3}): the lead of that agency
     * and of its sub-units without their own entry.
     */
    Map<String, Integer> warningLeadByAgency();

    /** Government target of the on-time rate in percent, echoed by the statistics for dashboards. */
    @WithDefault("95.0")
    double onTimeTarget();

    /** Longest period a statistics query may cover. */
    @WithDefault("3660")
    int maxStatsDays();

    /**
     * TrueType font of the PDF reports (a file path), with the Vietnamese glyphs; none: the bundled DejaVu Sans
     * Condensed. {@code reportBoldFont} likewise for headings.
     */
    Optional<String> reportFont();

    Optional<String> reportBoldFont();

    /**
     * Decision 766 points of the indicators whose official scale the province has, keyed by indicator key (quoted:
     * {@code motcua.sla.indicator-points."progress.resolvedOnTime"=10}), scored in proportion to the rate; none by
     * default: the decision as this product holds it gives the groups' maxima only (docs/decision-766.md).
     */
    Map<String, Double> indicatorPoints();

    /** Base URL of processing-service, for the dashboard's links to each dossier's process-control sheet. */
    @WithDefault("http://localhost:8082")
    String processingUrl();
}
