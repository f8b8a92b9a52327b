package vn.motcua.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 19's figures in one run against the local platform (deploy/local/bench-receipts.sh): the database ceiling,
 * the receipt rate through REST step by step (open loop) with CPU per receipt per process, receipt → applied by
 * sla, the missed appointment → apology mail delay, memory, and the ratio of the sustained rate to the ceiling.
 */
public final class ReceiptsRun {
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private ReceiptsRun() {
    }

    /** One step: the REST figures, CPU ms per receipt per process, receipt → sla figures. */
    record Step(ReceiptBenchmark.StepResult rest, Map<String, Double> cpuPerReceipt, SlaApplied sla, String load) {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = "1".equals(Settings.get("BENCH_QUICK", "0"));
        String rateList = Settings.get("BENCH_RATES", quick ? "100,250,500" : "250,500,1000,1500");
        int[] rates = "none".equals(rateList) ? new int[0]
                : Arrays.stream(rateList.split(",")).mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        int stepSeconds = Settings.getInt("BENCH_STEP_SECONDS", quick ? 5 : 20);
        int topSeconds = Settings.getInt("BENCH_TOP_SECONDS", quick ? stepSeconds : 60);
        int dbSeconds = Settings.getInt("BENCH_DB_SECONDS", quick ? 3 : 15);
        int apologies = Settings.getInt("BENCH_APOLOGIES", quick ? 20 : 200);
        double samplesPerSecond = Settings.getDouble("BENCH_SLA_SAMPLES_PER_SECOND", 2);
        String intake = Settings.get("INTAKE_URL", "http://localhost:8081");
        String sla = Settings.get("SLA_URL", "http://localhost:8083");
        String processing = Settings.get("PROCESSING_URL", "http://localhost:8082");
        Api api = new Api(Settings.getInt("BENCH_MAX_IN_FLIGHT", 512));
        Api probes = new Api(16);
        Auth auth = Auth.local();
        ProcessCpu processes = ProcessCpu.local();
        Map<String, Double> rssAtRest = processes.residentMib();
        System.out.printf("Receipts benchmark%s: steps %s/s (%d s each, the last %d s), load average %s, processes %s%n",
                quick ? " (BENCH_QUICK)" : "", Arrays.toString(rates), stepSeconds, topSeconds, loadAverage(),
                processes.pids());

        double ceiling = "false".equals(Settings.get("BENCH_DB", "true")) ? 0 : dbCeiling(dbSeconds);
        List<Map<String, Object>> bodies = ReceiptBenchmark.bodies(Catalogue.load(api, auth, intake));
        if (rates.length > 0) {
            ReceiptBenchmark.step(api, auth, intake, bodies, 100, 5); // warm-up, not reported
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < rates.length; i++) {
            int rate = rates[i];
            String load = loadAverage();
            SlaApplied applied = new SlaApplied(probes, sla, auth.admin(), Math.round(rate / samplesPerSecond));
            LastCode last = new LastCode(applied);
            ProcessCpu.Snapshot before = processes.snapshot();
            long stepStart = System.nanoTime();
            ReceiptBenchmark.StepResult r = ReceiptBenchmark.step(api, auth, intake, bodies, rate,
                    i == rates.length - 1 ? topSeconds : stepSeconds, last);
            // the consumers' share of this step: until processing and sla both hold its last receipt, then 2 s more
            last.awaitConsumed(probes, auth, processing, sla, 600);
            Thread.sleep(2000);
            Map<String, Double> perReceipt = new LinkedHashMap<>();
            processes.snapshot().since(before).forEach((name, ms) -> perReceipt.put(name, r.ok() == 0 ? 0 : ms / r.ok()));
            steps.add(new Step(r, perReceipt, applied, load));
            double window = (System.nanoTime() - stepStart) / 1e9;
            double stackMs = processes.snapshot().since(before).entrySet().stream()
                    .filter(e -> !ProcessCpu.CLIENT.equals(e.getKey())).mapToDouble(Map.Entry::getValue).sum();
            // printed as it comes, so that a run cut short keeps its figures
            System.out.printf("  step %d/s: sent %d, ok %d, errors %d, achieved %.0f/s, p50 %.1f, p95 %.1f, p99 %.1f ms;"
                    + " consumed %.1f s after the last answer; stack CPU %.0f%% of %d cores over %.0f s; CPU ms/receipt %s"
                    + " (load %s -> %s)%n", rate, r.sent(), r.ok(), r.errors(), r.achieved(), r.p50(), r.p95(), r.p99(),
                    last.consumedAfterSeconds(), 100 * stackMs / (window * 1000 * CORES), CORES, window,
                    FiguresTable.rounded(perReceipt), load, loadAverage());
        }
        for (Step s : steps) {
            s.sla().finish(300);
        }
        String apologyLoad = loadAverage();
        ApologyDelay.Result apology = apologies == 0 ? null
                : ApologyDelay.run(api, auth, intake, apologies, Settings.getInt("BENCH_APOLOGY_RATE", 20),
                        Settings.getInt("BENCH_APOLOGY_TIMEOUT", 180));
        new FiguresTable(steps, ceiling, apology, apologyLoad, rssAtRest, processes.residentMib(), loadAverage())
                .print(System.out);
    }

    /** The best of the configured connection counts (BENCH_DB_THREADS), each run for {@code seconds}. */
    private static double dbCeiling(int seconds) throws Exception {
        DbCeiling db = new DbCeiling(Settings.get("BENCH_DB_URL", "jdbc:postgresql://localhost:15432/intake"),
                Settings.get("BENCH_DB_USER", "postgres"), Settings.get("BENCH_DB_PASSWORD", "postgres"));
        double best = 0;
        for (String threads : Settings.get("BENCH_DB_THREADS", "8,16").split(",")) {
            int n = Integer.parseInt(threads.trim());
            String load = loadAverage();
            double rate = db.run(n, seconds);
            System.out.printf("  database ceiling, %d connections, %d s: %.0f tx/s (load %s)%n", n, seconds, rate, load);
            best = Math.max(best, rate);
        }
        return best;
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
