package vn.motcua.processing.application;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import vn.motcua.processing.config.ProcessingConfig;
import vn.motcua.processing.persistence.LookupStore;

/**
 * Sliding-window limits of the public lookup: requests per client IP, failed attempts per dossier code (so the
 * 10,000 possible phone endings cannot be tried). Kept in the database, shared by every instance; an attempt is
 * reserved before the lookup and given back when it succeeds, so a parallel burst can never try more than the limit.
 */
@ApplicationScoped
public class LookupLimiter {
    static final String ADDRESS = "ADDRESS";
    static final String CODE = "CODE";

    private final LookupStore store;
    private final ProcessingConfig.Lookup config;
    private final Clock clock;

    public LookupLimiter(LookupStore store, ProcessingConfig config, Clock clock) {
        this.store = store;
        this.config = config.lookup();
        this.clock = clock;
    }

    /** Counts a lookup from {@code ip}; throws when the IP already used its allowance. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void acquire(String ip) {
        Instant now = clock.instant();
        LookupStore.Reservation r = store.reserve(ADDRESS, ip, now.minus(config.ipWindow()), config.requestsPerIp(), now);
        if (!r.granted()) {
            throw new TooManyLookups(TooManyLookups.Scope.ADDRESS, "too many lookups from your address",
                    retryAfter(r, config.ipWindow(), now));
        }
    }

    /**
     * Reserves one guess at {@code code} (counted as failed unless {@link #succeeded} gives it back); throws when the
     * code had too many failed lookups recently, whoever asks now. Returns the reservation's id.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long reserveGuess(String code) {
        Instant now = clock.instant();
        LookupStore.Reservation r = store.reserve(CODE, code, now.minus(config.failureWindow()),
                config.failuresPerCode(), now);
        if (!r.granted()) {
            throw new TooManyLookups(TooManyLookups.Scope.CODE, "too many failed lookups of this dossier code",
                    retryAfter(r, config.failureWindow(), now));
        }
        return r.id();
    }

    /** The guess was right: it does not count against the code. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(long guess) {
        store.release(guess);
    }

    @Scheduled(identity = "lookup-purge", every = "10m", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        Instant now = clock.instant();
        Duration longest = config.ipWindow().compareTo(config.failureWindow()) > 0 ? config.ipWindow() : config.failureWindow();
        store.purge(now.minus(longest), now);
    }

    /** Seconds until the oldest counted attempt leaves the window, at least one. */
    private static long retryAfter(LookupStore.Reservation r, Duration window, Instant now) {
        return Math.max(1, Duration.between(now, r.oldest().plus(window)).toSeconds() + 1);
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
