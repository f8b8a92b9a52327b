package vn.motcua.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/** Waits for sla-service to catch up, then prints GET /api/v1/stats?groupBy=agency as a table. */
final class StatsTable {
    private StatsTable() {
    }

    /** Polls the totals until {@code received} and {@code resolved} stop changing (or the time is up). */
    static JsonNode awaitSettled(Api api, Auth auth, String slaUrl, String rootAgency, LocalDate from, LocalDate to,
            long maxSeconds)
            throws InterruptedException {
        // grouped by the agencies directly under the root (with their sub-units)
        String url = slaUrl + "/api/v1/stats?groupBy=agency&subunits=true&agency=" + rootAgency + "&from=" + from
                + "&to=" + to;
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        String previous = null;
        int stable = 0;
        JsonNode stats = null;
        while (System.nanoTime() < deadline) {
            Api.Result r = api.get(url, auth.admin());
            if (r.ok()) {
                stats = r.json();
                String totals = stats.path("total").path("received").asText() + "/"
                        + stats.path("total").path("resolved").asText();
                stable = totals.equals(previous) ? stable + 1 : 0;
                System.out.println("  sla-service: received/resolved " + totals + (stable > 0 ? " (unchanged)" : ""));
                if (stable >= 2) {
                    return stats;
                }
                previous = totals;
            } else {
                System.out.println("  sla-service answered " + r.status() + ": " + r.body());
            }
            Thread.sleep(5000);
        }
        return stats;
    }

    static void print(JsonNode stats) {
        System.out.printf("%nOn-time statistics %s .. %s by deciding agency (sla-service)%n",
                stats.path("from").asText(), stats.path("to").asText());
        String format = "%-15s %-44s %9s %9s %7s %9s %8s %8s%n";
        System.out.printf(format, "agency", "name", "received", "resolved", "late", "onTime%", "open", "overdue");
        for (JsonNode row : stats.path("rows")) {
            printRow(format, row, row.path("key").asText(), row.path("label").asText());
        }
        printRow(format, stats.path("total"), "TOTAL", "");
    }

    private static void printRow(String format, JsonNode row, String key, String label) {
        String name = label.length() > 44 ? label.substring(0, 43) + "…" : label;
        String rate = row.path("onTimeRate").isNumber() ? String.format("%.2f", row.path("onTimeRate").asDouble()) : "-";
        System.out.printf(format, key, name, row.path("received").asText(), row.path("resolved").asText(),
                row.path("late").asText(), rate, row.path("inProgress").asText(), row.path("inProgressOverdue").asText());
    }
}
