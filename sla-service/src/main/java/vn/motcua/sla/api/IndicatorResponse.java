package vn.motcua.sla.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import vn.motcua.sla.application.Indicators;
import vn.motcua.sla.domain.Scorecard;
import vn.motcua.support.time.VnTime;

/**
 * GET /api/v1/indicators: Decision 766's scorecards of the period (one, one per month, or one per agency ranked). In
 * each, the five groups with their maxima (18, 20, 22, 22, 18) and their indicators; points only where the scale is
 * known ({@code pointsKnown}, else a {@code reason}); {@code total} adds the known points.
 */
public record IndicatorResponse(LocalDate from, LocalDate to, String agency, String groupBy, OffsetDateTime asOf,
        List<Scorecard> scorecards) {

    public static IndicatorResponse of(Indicators.Report report) {
        return new IndicatorResponse(report.from(), report.to(), report.agency(),
                report.groupBy().name().toLowerCase(Locale.ROOT), VnTime.of(report.asOf()), report.scorecards());
    }
}
