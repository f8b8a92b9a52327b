package vn.motcua.processing.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.processing.config.ProcessingConfig;

/**
 * Sliding-window limits of the public lookup: requests per client IP, failed attempts per dossier
 * code (so the 10,000 possible phone endings cannot be tried). In memory, per instance: several
 * instances behind a balancer would each allow the limit, so they need a shared store (e.g. Redis).
 */
@ApplicationScoped
public class LookupLimiter {
    private static final int PURGE_ABOVE = 10_000;

    private final Map<String, Deque<Instant>> byIp = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failuresByCode = new ConcurrentHashMap<>();
    private final ProcessingConfig.Lookup config;
    private final Clock clock;

    public LookupLimiter(ProcessingConfig config, Clock clock) {
        this.config = config.lookup();
        this.clock = clock;
    }

    /** Counts a lookup from {@code ip}; throws when the IP already used its allowance. */
    public void acquire(String ip) {
        Instant now = clock.instant();
        purgeIfLarge(byIp, config.ipWindow(), now);
        Deque<Instant> log = byIp.computeIfAbsent(ip, k -> new ArrayDeque<>());
        synchronized (log) {
            expire(log, config.ipWindow(), now);
            if (log.size() >= config.requestsPerIp()) {
                throw new TooManyLookups(TooManyLookups.Scope.ADDRESS, "too many lookups from your address",
                        retryAfter(log, config.ipWindow(), now));
            }
            log.addLast(now);
        }
    }

    /** Throws when {@code code} had too many failed lookups recently, whoever asks now. */
    public void checkCode(String code) {
        Deque<Instant> log = failuresByCode.get(code);
        if (log == null) {
            return;
        }
        Instant now = clock.instant();
        synchronized (log) {
            expire(log, config.failureWindow(), now);
            if (log.size() >= config.failuresPerCode()) {
                throw new TooManyLookups(TooManyLookups.Scope.CODE, "too many failed lookups of this dossier code",
                        retryAfter(log, config.failureWindow(), now));
            }
        }
    }

    public void recordFailure(String code) {
        Instant now = clock.instant();
        purgeIfLarge(failuresByCode, config.failureWindow(), now);
        Deque<Instant> log = failuresByCode.computeIfAbsent(code, k -> new ArrayDeque<>());
        synchronized (log) {
            log.addLast(now);
        }
    }

    private static void expire(Deque<Instant> log, Duration window, Instant now) {
        while (!log.isEmpty() && !log.peekFirst().isAfter(now.minus(window))) {
            log.removeFirst();
        }
    }

    /** Seconds until the oldest counted request leaves the window, at least one. */
    private static long retryAfter(Deque<Instant> log, Duration window, Instant now) {
        Instant freeAt = log.peekFirst().plus(window);
        return Math.max(1, Duration.between(now, freeAt).toSeconds() + 1);
    }

    /** Keeps memory bounded under a flood of distinct IPs or codes. */
    private static void purgeIfLarge(Map<String, Deque<Instant>> logs, Duration window, Instant now) {
        if (logs.size() <= PURGE_ABOVE) {
            return;
        }
        logs.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                expire(e.getValue(), window, now);
                return e.getValue().isEmpty();
            }
        });
    }

    /** The limit was reached; {@code retryAfterSeconds} goes into the Retry-After header. */
    public static class TooManyLookups extends RuntimeException {
        /** Which allowance ran out: the client's address, or the dossier code's failed attempts. */
        public enum Scope { ADDRESS, CODE }

        private final Scope scope;
        private final long retryAfterSeconds;

        TooManyLookups(Scope scope, String message, long retryAfterSeconds) {
            super(message);
            this.scope = scope;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public Scope scope() {
            return scope;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
