package vn.motcua.sla.domain;

import java.time.Instant;

/**
 * What a statistics query selects: deciding agency (its own dossiers, or with its sub-units; {@code agencyDepth} is its
 * 1-based position in its path, 0 without agency), level, field, procedure and channel; {@code now} bounds live views.
 */
public record StatsFilter(String agency, int agencyDepth, boolean subunits, String level, String field,
        String procedure, String channel, GroupBy groupBy, Instant now) {
}
