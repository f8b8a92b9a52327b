package vn.motcua.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** Counts a load's requests and keeps their latencies per endpoint: the table at the end shows where the time goes. */
final class Timings {
    private final Progress progress;
    private final Map<String, Latencies> latencies = new ConcurrentSkipListMap<>();

    Timings(Progress progress) {
        this.progress = progress;
    }

    Api.Result timed(String endpoint, Api.Result result) {
        progress.requests.incrementAndGet();
        latencies.computeIfAbsent(endpoint, k -> new Latencies()).add(result.nanos());
        return result;
    }

    void print() {
        System.out.printf("%-26s %9s %8s %8s %8s%n", "request", "count", "p50 ms", "p95 ms", "p99 ms");
        latencies.forEach((endpoint, l) -> System.out.printf("%-26s %,9d %8.1f %8.1f %8.1f%n", endpoint, l.count(),
                l.percentileMillis(50), l.percentileMillis(95), l.percentileMillis(99)));
    }
}
