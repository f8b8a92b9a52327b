package vn.motcua.sla.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.motcua.sla.domain.LatenessBy;
import vn.motcua.sla.domain.LatenessRow;
import vn.motcua.sla.domain.LatenessTally;
import vn.motcua.sla.domain.LatenessTally.LateDossier;
import vn.motcua.sla.domain.StatsFilter;
import vn.motcua.sla.persistence.LatenessQuery;

/**
 * Accountability for late dossiers (issue 17): each dossier resolved late in the period, as the statistics count it,
 * is blamed on one step, its unit and officer ({@link vn.motcua.sla.domain.LateStep#toBlame}), so that every
 * grouping adds up to the selection's late total.
 */
@ApplicationScoped
public class Accountability {
    private final LatenessQuery query;
    private final StatsService statistics;

    public Accountability(LatenessQuery query, StatsService statistics) {
        this.query = query;
        this.statistics = statistics;
    }

    /** The rows of one grouping, the unattributed dossiers and the total. */
    public record Report(LocalDate from, LocalDate to, String agency, boolean subunits, LatenessBy groupBy,
            java.time.Instant asOf, List<LatenessRow> rows, LatenessRow unattributed, LatenessRow total) {
    }

    public Report lateness(StatsFilter filter, LocalDate from, LocalDate to, LatenessBy by) {
        statistics.checkPeriod(from, to);
        List<LateDossier> dossiers = query.lateDossiers(filter, from, to);
        List<String> units = dossiers.stream().flatMap(d -> d.steps().stream()).map(s -> s.unitCode())
                .filter(u -> u != null).distinct().toList();
        Map<String, List<String>> paths = query.paths(units);
        LatenessTally tally = new LatenessTally(by, (unit, agency) -> isInside(unit, agency, paths));
        dossiers.forEach(tally::add);
        Map<String, String> labels = by == LatenessBy.UNIT ? statistics.agencyNames(tally.keys()) : Map.of();
        List<LatenessRow> rows = tally.rows(labels);
        LatenessRow unattributed = tally.unattributed();
        return new Report(from, to, filter.agency(), filter.subunits(), by, filter.now(), rows, unattributed,
                LatenessRow.total(rows, unattributed));
    }

    /**
     * Whether a step's unit belongs to the deciding agency rather than to a partner agency (liên thông): the agency
     * itself, a unit coded as the agency's code with a suffix ({@code 000.00.12.H56.01}, as processing's hand-overs
     * name departments), or an agency the tree places below it. Anything else, and a step without a unit, is a partner.
     */
    static boolean isInside(String unit, String agency, Map<String, List<String>> paths) {
        if (unit == null || agency == null) {
            return false;
        }
        return unit.equals(agency) || unit.startsWith(agency + ".") || paths.getOrDefault(unit, List.of()).contains(agency);
    }
}
