package vn.motcua.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * CPU time and memory of the local platform's processes, read from /proc: the services and the devstack by the pid
 * files of deploy/local ({@code .local/pids}), PostgreSQL as its postmaster with all its backends, and this JVM.
 */
final class ProcessCpu {
    static final String CLIENT = "bench client";
    static final String POSTGRES = "postgresql";
    private static final List<String> NAMES = List.of("intake-service", "processing-service", "sla-service",
            "notification-service", "portal-sync-service", "devstack");

    private final Map<String, Long> pids;
    private final long ticksPerSecond;

    /** CPU milliseconds per process name at one instant. */
    record Snapshot(Map<String, Double> millis) {
        /** Milliseconds of CPU each process spent since {@code before}. */
        Map<String, Double> since(Snapshot before) {
            Map<String, Double> spent = new LinkedHashMap<>();
            millis.forEach((name, ms) -> spent.put(name, ms - before.millis.getOrDefault(name, ms)));
            return spent;
        }
    }

    private ProcessCpu(Map<String, Long> pids, long ticksPerSecond) {
        this.pids = pids;
        this.ticksPerSecond = ticksPerSecond;
    }

    /** The processes deploy/local/up.sh started (those whose pid file names a live process), PostgreSQL and this JVM. */
    static ProcessCpu local() {
        Path local = Settings.repoRoot().resolve(".local");
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String name : NAMES) {
            readPid(local.resolve("pids/" + name + ".pid")).ifPresent(pid -> pids.put(name, pid));
        }
        Path devstackData = Path.of(Settings.get("DEVSTACK_DATA_DIR", local.resolve("devstack").toString()));
        readPid(devstackData.resolve("postgres/postmaster.pid")).ifPresent(pid -> pids.put(POSTGRES, pid));
        pids.put(CLIENT, ProcessHandle.current().pid());
        return new ProcessCpu(pids, Settings.getInt("BENCH_CLK_TCK", 100));
    }

    Map<String, Long> pids() {
        return pids;
    }

    Snapshot snapshot() {
        Map<String, Double> millis = new LinkedHashMap<>();
        pids.forEach((name, pid) -> millis.put(name, POSTGRES.equals(name) ? postgresTicks(pid) * 1000.0 / ticksPerSecond
                : ticks(pid, false) * 1000.0 / ticksPerSecond));
        return new Snapshot(millis);
    }

    /** Resident set size in MiB per process (PostgreSQL: the proportional size of all its processes, shared memory counted once). */
    Map<String, Double> residentMib() {
        Map<String, Double> rss = new LinkedHashMap<>();
        pids.forEach((name, pid) -> rss.put(name, POSTGRES.equals(name)
                ? (kib(pid, "smaps_rollup", "Pss:") + children(pid).map(c -> kib(c, "smaps_rollup", "Pss:")).sum()) / 1024.0
                : kib(pid, "status", "VmRSS:") / 1024.0));
        return rss;
    }

    /** The postmaster, its reaped children (cutime/cstime) and its live backends. */
    private long postgresTicks(long postmaster) {
        return ticks(postmaster, true) + children(postmaster).map(c -> ticks(c, false)).sum();
    }

    /** The live processes whose parent (field 4 of their stat) is {@code parent}. */
    private static LongStream children(long parent) {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            long[] pids = procs.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .mapToLong(Long::parseLong).filter(pid -> parent == field(pid, 4)).toArray();
            return LongStream.of(pids);
        } catch (IOException e) {
            return LongStream.empty();
        }
    }

    /** utime + stime (fields 14 and 15 of /proc/pid/stat), plus cutime + cstime (16, 17) when asked. */
    private static long ticks(long pid, boolean withReapedChildren) {
        long own = field(pid, 14) + field(pid, 15);
        return withReapedChildren ? own + field(pid, 16) + field(pid, 17) : own;
    }

    /** Field {@code n} (1-based, as proc(5) numbers them) of /proc/pid/stat, or 0 when the process is gone. */
    static long field(long pid, int n) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // the command name (field 2) is in parentheses and may hold spaces: count from after its last ')'
            String[] rest = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return Long.parseLong(rest[n - 3]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long kib(long pid, String file, String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/" + file))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static Optional<Long> readPid(Path file) {
        try {
            long pid = Long.parseLong(Files.readAllLines(file).get(0).trim());
            return Files.exists(Path.of("/proc/" + pid)) ? Optional.of(pid) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
