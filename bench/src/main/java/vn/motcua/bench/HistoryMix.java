package vn.motcua.bench;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The shape of the demo history: how often each procedure is used, how many dossiers come online, how often
 * agencies are late, how often dossiers need supplements, fees, an apology, or end without a result. The figures
 * follow what provinces publish (civil status and certification dominate; land and construction are the late ones;
 * 95–99% on time overall).
 */
final class HistoryMix {
    static final double REFUSED = 0.010;
    static final double WITHDRAWN = 0.006;
    static final double STOPPED = 0.003;
    static final double SUPPLEMENT = 0.07;
    static final double SECOND_SUPPLEMENT = 0.08;
    /** Among dossiers that will be late, the share whose agency apologises in time with a new appointment. */
    static final double RESCHEDULE_WHEN_LATE = 0.55;
    static final double POSTAL_AMONG_OFFLINE = 0.05;
    /** Of the dossiers still open at the end of the history, the share deliberately planned late (overdue now). */
    static final double OPEN_LATE = 0.3;

    private static final Map<String, Double> PROCEDURE_WEIGHTS = Map.ofEntries(
            Map.entry("1.001193", 12.0), Map.entry("1.000894", 5.0), Map.entry("1.000656", 3.0),
            Map.entry("1.004873", 8.0), Map.entry("2.000635", 8.0), Map.entry("1.001022", 0.5),
            Map.entry("2.002189", 0.3), Map.entry("2.000815", 14.0), Map.entry("2.000913", 5.0),
            Map.entry("2.001035", 1.5), Map.entry("2.000488", 4.0), Map.entry("1.004227", 5.0),
            Map.entry("1.012755", 1.5), Map.entry("1.000798", 1.0), Map.entry("1.003010", 2.0),
            Map.entry("1.009794", 1.5), Map.entry("1.009794.H56", 1.0), Map.entry("1.009788", 0.2),
            Map.entry("1.009972", 0.2), Map.entry("2.001610", 1.0), Map.entry("2.002023", 3.0),
            Map.entry("1.005007", 1.0), Map.entry("2.001199", 4.0), Map.entry("2.000720", 4.0),
            Map.entry("2.000575", 2.0), Map.entry("2.000633", 0.3), Map.entry("2.000181", 0.3),
            Map.entry("2.000150", 0.2), Map.entry("1.012283", 0.8), Map.entry("1.002234", 0.5),
            Map.entry("1.004492", 0.6), Map.entry("1.005099", 0.8), Map.entry("1.005092", 1.5),
            Map.entry("1.001029", 0.3), Map.entry("1.009396", 0.1), Map.entry("1.001776", 1.0),
            Map.entry("1.000113", 0.5), Map.entry("1.010801", 0.3), Map.entry("2.001823", 0.1),
            Map.entry("1.001078", 0.1));
    private static final double OTHER_PROCEDURE_WEIGHT = 0.5;

    private static final Map<String, Double> ONLINE_BY_FIELD = Map.ofEntries(Map.entry("HT", 0.75),
            Map.entry("CT", 0.45), Map.entry("LLTP", 0.8), Map.entry("DD", 0.5), Map.entry("XD", 0.6),
            Map.entry("DN", 0.97), Map.entry("HKD", 0.85), Map.entry("LTHH", 0.9), Map.entry("KCB", 0.8),
            Map.entry("DUOC", 0.85), Map.entry("GD", 0.8), Map.entry("VH", 0.8), Map.entry("BTXH", 0.4),
            Map.entry("VL", 0.85), Map.entry("NCC", 0.4), Map.entry("KHCN", 0.9), Map.entry("TG", 0.5));
    private static final double ONLINE_OTHER = 0.7;

    private static final Map<String, Double> FEES_BY_FIELD = Map.of("DD", 0.5, "XD", 0.3, "LLTP", 0.1, "DUOC", 0.2,
            "LTHH", 0.2, "KCB", 0.1);
    /** Organisations (tax code) rather than persons apply in these fields, this often. */
    private static final Map<String, Double> ORGANISATIONS_BY_FIELD = Map.of("DN", 0.3, "LTHH", 0.8, "DUOC", 0.4,
            "XD", 0.2, "VH", 0.6, "VL", 0.9, "KHCN", 0.9);

    /** Late share among completed dossiers, per deciding agency: land and construction lag, business is fast. */
    private static final Map<String, Double> LATENESS = Map.ofEntries(Map.entry("000.03.30.H56", 0.012),
            Map.entry("000.00.03.H56", 0.015), Map.entry("000.00.04.H56", 0.03), Map.entry("000.00.05.H56", 0.004),
            Map.entry("000.00.06.H56", 0.025), Map.entry("000.00.07.H56", 0.09), Map.entry("000.00.08.H56", 0.06),
            Map.entry("000.00.09.H56", 0.008), Map.entry("000.00.10.H56", 0.045), Map.entry("000.00.11.H56", 0.015),
            Map.entry("000.00.12.H56", 0.02), Map.entry("000.00.13.H56", 0.035), Map.entry("000.01.30.H56", 0.05));

    /** Communes by size (the dossiers their counters receive). */
    private static final Map<String, Double> COMMUNE_WEIGHTS = Map.ofEntries(Map.entry("000.02.30.H56", 18.0),
            Map.entry("000.01.30.H56", 14.0), Map.entry("000.06.30.H56", 10.0), Map.entry("000.07.30.H56", 10.0),
            Map.entry("000.03.30.H56", 9.0), Map.entry("000.05.30.H56", 8.0), Map.entry("000.04.30.H56", 6.0),
            Map.entry("000.10.30.H56", 6.0), Map.entry("000.08.30.H56", 5.0), Map.entry("000.09.30.H56", 5.0),
            Map.entry("000.11.30.H56", 4.0), Map.entry("000.12.30.H56", 4.0));
    private static final double OTHER_COMMUNE_WEIGHT = 5.0;

    private HistoryMix() {
    }

    static double procedureWeight(String code) {
        return PROCEDURE_WEIGHTS.getOrDefault(code, OTHER_PROCEDURE_WEIGHT);
    }

    static double onlineShare(String fieldCode) {
        return ONLINE_BY_FIELD.getOrDefault(fieldCode, ONLINE_OTHER);
    }

    static double feeShare(String fieldCode) {
        return FEES_BY_FIELD.getOrDefault(fieldCode, 0.0);
    }

    static double organisationShare(String fieldCode) {
        return ORGANISATIONS_BY_FIELD.getOrDefault(fieldCode, 0.0);
    }

    /** Unknown agencies get a stable 1–6% from their code, so a custom catalogue still shows differences. */
    static double lateness(String decidingAgencyCode) {
        Double known = LATENESS.get(decidingAgencyCode);
        return known != null ? known : 0.01 + Math.floorMod(decidingAgencyCode.hashCode(), 50) / 1000.0;
    }

    static double communeWeight(String code) {
        return COMMUNE_WEIGHTS.getOrDefault(code, OTHER_COMMUNE_WEIGHT);
    }

    /** A weighted choice; weights need not sum to one. */
    static <T> T weighted(RandomGenerator rnd, List<T> items, double[] cumulative) {
        double x = rnd.nextDouble() * cumulative[cumulative.length - 1];
        int i = java.util.Arrays.binarySearch(cumulative, x);
        int index = i >= 0 ? i + 1 : -i - 1;
        return items.get(Math.min(index, items.size() - 1));
    }

    static double[] cumulative(List<Double> weights) {
        double[] c = new double[weights.size()];
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            sum += weights.get(i);
            c[i] = sum;
        }
        return c;
    }
}
