package vn.motcua.sla.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import vn.motcua.events.LateCause;

/**
 * Counts late dossiers by the unit, step or officer each is blamed on ({@link LateStep#toBlame}): each dossier in
 * exactly one row, so the rows add up to the late total of the same selection. {@code inside} says whether a unit
 * belongs to a deciding agency (the rest are partner agencies of a liên thông dossier).
 */
public final class LatenessTally {
    /** A late dossier: its deciding agency and its steps in order. */
    public record LateDossier(String code, String decidingAgencyCode, List<LateStep> steps) {
    }

    private final LatenessBy by;
    private final BiPredicate<String, String> inside;
    private final Map<String, long[]> counts = new TreeMap<>();
    private final long[] unattributed = new long[6];

    public LatenessTally(LatenessBy by, BiPredicate<String, String> inside) {
        this.by = by;
        this.inside = inside;
    }

    public void add(LateDossier d) {
        Optional<LateStep> blamed = LateStep.toBlame(d.steps());
        if (blamed.isEmpty()) {
            unattributed[0]++;
            unattributed[5]++;
            return;
        }
        LateStep s = blamed.get();
        long[] c = counts.computeIfAbsent(keyOf(s), k -> new long[6]);
        c[0]++;
        c[inside.test(s.unitCode(), d.decidingAgencyCode()) ? 1 : 2]++;
        c[s.cause() == LateCause.SUBJECTIVE ? 3 : s.cause() == LateCause.OBJECTIVE ? 4 : 5]++;
    }

    private String keyOf(LateStep s) {
        String key = switch (by) {
            case UNIT -> s.unitCode();
            case STEP -> s.stepName();
            case OFFICER -> s.officer();
        };
        return key == null ? "" : key;
    }

    /** The attributed rows by key, labelled by {@code labels} (the key itself when absent). */
    public List<LatenessRow> rows(Map<String, String> labels) {
        List<LatenessRow> rows = new ArrayList<>();
        counts.forEach((key, c) -> rows.add(row(key, labels.getOrDefault(key, key), c)));
        return rows;
    }

    /** The late dossiers no step overran (all causes "not recorded"), zero when there are none. */
    public LatenessRow unattributed() {
        return row(LatenessRow.UNATTRIBUTED, "Không xác định được bước trễ hạn", unattributed);
    }

    public List<String> keys() {
        return List.copyOf(counts.keySet());
    }

    private static LatenessRow row(String key, String label, long[] c) {
        return new LatenessRow(key, label, c[0], c[1], c[2], c[3], c[4], c[5]);
    }
}
