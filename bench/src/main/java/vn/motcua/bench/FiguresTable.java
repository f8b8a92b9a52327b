package vn.motcua.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** The one table bench-receipts.sh ends with: every figure of the run, each with the load average it ran at. */
record FiguresTable(List<ReceiptsRun.Step> steps, double ceiling, ApologyDelay.Result apology, String apologyLoad,
        Map<String, Double> rssAtRest, Map<String, Double> rssAfter, String loadAtEnd) {

    void print(PrintStream out) {
        out.println();
        out.println("=== FIGURES ===");
        out.printf("database ceiling (1 dossier row + 1 outbox row per tx): %.0f tx/s%n", ceiling);
        out.println();
        out.printf("%8s %8s %8s %6s %10s %8s %8s %8s %8s %9s %9s %7s  %s%n", "target/s", "sent", "ok", "errors",
                "achieved/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "sla p50ms", "sla p99ms", "sla n", "load avg");
        for (ReceiptsRun.Step s : steps) {
            ReceiptBenchmark.StepResult r = s.rest();
            Latencies e2e = s.sla().finishedLatencies();
            out.printf("%8d %8d %8d %6d %10.0f %8.1f %8.1f %8.1f %8.1f %9.0f %9.0f %3d/%-3d  %s%n", r.target(), r.sent(),
                    r.ok(), r.errors(), r.achieved(), r.p50(), r.p95(), r.p99(), r.max(), e2e.percentileMillis(50),
                    e2e.percentileMillis(99), s.sla().applied(), s.sla().sampled(), s.load());
        }
        steps.stream().filter(s -> s.rest().target() == 500).findFirst().ifPresent(s -> out.printf(
                "%n>>> p99 at 500/s: %.1f ms (target < 50 ms)%n", s.rest().p99()));
        double sustained = steps.stream().mapToDouble(s -> s.rest().achieved()).max().orElse(0);
        int held = steps.stream().filter(s -> s.rest().errors() == 0 && s.rest().achieved() >= 0.95 * s.rest().target())
                .mapToInt(s -> s.rest().target()).max().orElse(0);
        out.printf(">>> sustained receipt rate (best achieved/s of a step): %.0f/s; highest step held (>= 95%% of target,"
                + " no error): %d/s%n", sustained, held);
        out.printf(">>> ratio sustained / database ceiling: %.3f (%.0f / %.0f)%n", ceiling == 0 ? 0 : sustained / ceiling,
                sustained, ceiling);
        printCpu(out);
        printApology(out);
        out.println();
        out.printf("%-22s %12s %12s%n", "memory (RSS MiB)", "at rest", "after run");
        rssAtRest.forEach((name, mib) -> out.printf("%-22s %12.0f %12.0f%n", name, mib, rssAfter.getOrDefault(name, 0.0)));
        out.printf("%-22s %12.0f %12.0f%n", "total (no client)", sum(rssAtRest), sum(rssAfter));
        out.println("(postgresql: proportional set size of the postmaster and its backends)");
        out.println("load average at the end: " + loadAtEnd);
    }

    private void printCpu(PrintStream out) {
        out.println();
        if (steps.isEmpty()) {
            return;
        }
        out.printf("%-22s", "CPU ms per receipt");
        steps.forEach(s -> out.printf(" %9s", s.rest().target() + "/s"));
        out.println();
        for (String name : steps.get(0).cpuPerReceipt().keySet()) {
            out.printf("%-22s", name);
            steps.forEach(s -> out.printf(" %9.3f", s.cpuPerReceipt().getOrDefault(name, 0.0)));
            out.println();
        }
        out.printf("%-22s", "total (stack)");
        steps.forEach(s -> out.printf(" %9.3f", s.cpuPerReceipt().entrySet().stream()
                .filter(e -> !ProcessCpu.CLIENT.equals(e.getKey())).mapToDouble(Map.Entry::getValue).sum()));
        out.println();
        out.println("(from the step's start until processing and sla hold its last receipt, + 2 s; per receipt accepted)");
    }

    private void printApology(PrintStream out) {
        out.println();
        if (apology == null) {
            out.println("missed appointment -> apology mail: not measured (BENCH_APOLOGIES=0)");
            return;
        }
        out.printf("missed appointment -> apology in the mailbox: %d dossiers, %d received, %d mails arrived;"
                + " p50 %.0f ms, p99 %.0f ms, max %.0f ms (load %s)%n", apology.dossiers(), apology.received(),
                apology.arrived(), apology.delays().percentileMillis(50), apology.delays().percentileMillis(99),
                apology.delays().percentileMillis(100), apologyLoad);
    }

    /** {name=ms, ...} with three decimals. */
    static String rounded(Map<String, Double> values) {
        StringBuilder text = new StringBuilder("{");
        values.forEach((name, v) -> text.append(text.length() > 1 ? ", " : "").append(name).append('=')
                .append(String.format(java.util.Locale.ROOT, "%.3f", v)));
        return text.append('}').toString();
    }

    private static double sum(Map<String, Double> values) {
        return values.entrySet().stream().filter(e -> !ProcessCpu.CLIENT.equals(e.getKey()))
                .mapToDouble(Map.Entry::getValue).sum();
    }
}
