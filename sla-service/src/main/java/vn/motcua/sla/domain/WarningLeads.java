package vn.motcua.sla.domain;

import java.util.List;
import java.util.Map;

/**
 * The warning lead in working days per deciding agency: the agency's own setting, else its nearest ancestor's in the
 * agency path, else the default (so a province sets it once for every commune below it).
 */
public record WarningLeads(int defaultDays, Map<String, Integer> byAgency) {

    public WarningLeads {
        if (defaultDays < 0) {
            throw new IllegalArgumentException("motcua.sla.warning-lead-working-days must not be negative: "
                    + defaultDays);
        }
        byAgency = Map.copyOf(byAgency);
        byAgency.forEach((agency, days) -> {
            if (days < 0) {
                throw new IllegalArgumentException("motcua.sla.warning-lead-by-agency of " + agency
                        + " must not be negative: " + days);
            }
        });
    }

    /** Whether every agency has the default (no path need be looked up). */
    public boolean uniform() {
        return byAgency.isEmpty();
    }

    /** The lead of the agency whose {@code path} (root first, the agency itself last) is given. */
    public int forPath(List<String> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            Integer days = byAgency.get(path.get(i));
            if (days != null) {
                return days;
            }
        }
        return defaultDays;
    }
}
