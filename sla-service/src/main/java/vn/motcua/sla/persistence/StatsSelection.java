package vn.motcua.sla.persistence;

import java.util.Map;
import vn.motcua.sla.domain.StatsFilter;

/**
 * The SQL conditions of a statistics filter (agency subtree or own dossiers, level, field, procedure, channel) over
 * dossiers or aggregate rows, which name the same things differently; the agency is always joined as {@code a}.
 */
record StatsSelection(String agency, String level, String field, String procedure, String channel) {
    static final StatsSelection DOSSIERS = new StatsSelection("d.deciding_agency_code", "d.deciding_agency_level",
            "d.field_code", "d.procedure_code", "d.channel");
    static final StatsSelection AGGREGATES = new StatsSelection("r.agency_code", "r.level", "r.field_code",
            "r.procedure_code", "r.channel");

    /** " and ..." for each criterion of the filter, with its parameters put in {@code params}. */
    String conditions(StatsFilter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (f.agency() != null) {
            where.append(f.subunits() ? " and a.path @> array[cast(:agency as text)]" : " and " + agency + " = :agency");
            params.put("agency", f.agency());
        }
        condition(where, params, level, "level", f.level());
        condition(where, params, field, "field", f.field());
        condition(where, params, procedure, "procedure", f.procedure());
        condition(where, params, channel, "channel", f.channel());
        return where.toString();
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String column, String name,
            String value) {
        if (value != null) {
            where.append(" and ").append(column).append(" = :").append(name);
            params.put(name, value);
        }
    }
}
