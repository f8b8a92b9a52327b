package vn.motcua.portalsync.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.portalsync.domain.AgencySyncStatus;
import vn.motcua.portalsync.domain.PortalAnswer;
import vn.motcua.portalsync.persistence.SyncChangeRepository;

/**
 * Prometheus meters: counters of queued, skipped and sent changes; per deciding agency, gauges of changes received
 * and acknowledged, the sync rate (0–1) and the lag (age of the oldest unacknowledged change), refreshed from one SQL
 * aggregate on a schedule (a scrape never touches the queue).
 */
@ApplicationScoped
public class SyncMetrics {
    private final MeterRegistry registry;
    private final SyncChangeRepository changes;
    private final Clock clock;
    private final MultiGauge received;
    private final MultiGauge acknowledged;
    private final MultiGauge rate;
    private final MultiGauge lag;

    public SyncMetrics(MeterRegistry registry, SyncChangeRepository changes, Clock clock) {
        this.registry = registry;
        this.changes = changes;
        this.clock = clock;
        received = MultiGauge.builder("motcua_portal_sync_received_changes")
                .description("Lifecycle changes queued for the portal per deciding agency").register(registry);
        acknowledged = MultiGauge.builder("motcua_portal_sync_acknowledged_changes")
                .description("Changes the portal acknowledged per deciding agency").register(registry);
        rate = MultiGauge.builder("motcua_portal_sync_rate")
                .description("Acknowledged / received changes per deciding agency (0-1)").register(registry);
        lag = MultiGauge.builder("motcua_portal_sync_lag_seconds")
                .description("Age of the oldest change the portal has not acknowledged, per deciding agency")
                .register(registry);
    }

    public void queued(String agency) {
        Counter.builder("motcua_portal_sync_queued").tag("agency", agency).register(registry).increment();
    }

    public void skipped(String reason) {
        Counter.builder("motcua_portal_sync_skipped").tag("reason", reason).register(registry).increment();
    }

    public void sent(PortalAnswer.Outcome outcome) {
        Counter.builder("motcua_portal_sync_sends").tag("outcome", outcome.name()).register(registry).increment();
    }

    @Scheduled(every = "${motcua.portal.metrics-refresh:15s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        List<AgencySyncStatus> rows = QuarkusTransaction.requiringNew().call(() -> changes.statusPerAgency(null, null));
        Instant now = clock.instant();
        List<MultiGauge.Row<?>> r = new ArrayList<>();
        List<MultiGauge.Row<?>> a = new ArrayList<>();
        List<MultiGauge.Row<?>> s = new ArrayList<>();
        List<MultiGauge.Row<?>> l = new ArrayList<>();
        for (AgencySyncStatus row : rows) {
            Tags tags = Tags.of("agency", row.agency());
            r.add(MultiGauge.Row.of(tags, row.received()));
            a.add(MultiGauge.Row.of(tags, row.acknowledged()));
            s.add(MultiGauge.Row.of(tags, row.received() == 0 ? 1.0 : (double) row.acknowledged() / row.received()));
            l.add(MultiGauge.Row.of(tags, row.lag(now).toMillis() / 1000.0));
        }
        received.register(r, true);
        acknowledged.register(a, true);
        rate.register(s, true);
        lag.register(l, true);
    }
}
