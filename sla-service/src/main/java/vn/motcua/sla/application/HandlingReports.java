package vn.motcua.sla.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.motcua.sla.domain.GroupBy;
import vn.motcua.reporting.ReportPeriod;
import vn.motcua.sla.domain.StatsFilter;
import vn.motcua.sla.domain.StatsRow;
import vn.motcua.support.time.VnFormat;

/**
 * Builds the report on the handling of dossiers from {@link StatsService} (one scan, grouping sets by agency and
 * by level, as the dashboard reads them), so that every figure is the one {@code /api/v1/stats} gives.
 */
@ApplicationScoped
public class HandlingReports {
    static final String EVERY_AGENCY = "Tất cả cơ quan";

    private final StatsService statistics;

    public HandlingReports(StatsService statistics) {
        this.statistics = statistics;
    }

    /** The agency (with its sub-units) as resolved for the caller; null scope: every agency (admins). */
    public HandlingReport report(AgencyScope.Scoped scope, ReportPeriod period, Instant now) {
        StatsFilter filter = StatsService.filter(scope, true, null, null, null, null, GroupBy.AGENCY, now);
        Map<GroupBy, StatsReport> reports = statistics.breakdowns(filter, period.start(), period.end(),
                List.of(GroupBy.AGENCY, GroupBy.LEVEL));
        StatsReport byLevel = reports.get(GroupBy.LEVEL);
        List<StatsRow> levels = byLevel.rows().stream().map(r -> r.withLabel(VnFormat.level(r.key()))).toList();
        String agency = scope == null ? null : scope.code();
        String name = agency == null ? EVERY_AGENCY
                : statistics.agencyNames(List.of(agency)).getOrDefault(agency, agency);
        return new HandlingReport(period, agency, name, reports.get(GroupBy.AGENCY),
                new StatsReport(byLevel.from(), byLevel.to(), byLevel.agency(), byLevel.subunits(), byLevel.groupBy(),
                        byLevel.onTimeTarget(), byLevel.asOf(), levels, byLevel.total()), now);
    }
}
