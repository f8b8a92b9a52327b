package vn.motcua.sla.application;

import java.time.Instant;
import vn.motcua.reporting.ReportPeriod;

/**
 * The official report on the handling of dossiers for one period and agency (with its sub-units): the same
 * statistics as {@code GET /api/v1/stats?groupBy=agency} and {@code groupBy=level} over the period's dates.
 * {@code agency} is null (and {@code agencyName} says so) when an admin reports on every agency.
 */
public record HandlingReport(ReportPeriod period, String agency, String agencyName, StatsReport byAgency,
        StatsReport byLevel, Instant asOf) {

    public double onTimeTarget() {
        return byAgency.onTimeTarget();
    }
}
