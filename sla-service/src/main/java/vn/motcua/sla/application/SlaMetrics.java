package vn.motcua.sla.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.sla.domain.Outcome;
import vn.motcua.sla.persistence.OpenDossierCounts.AgencyCount;
import vn.motcua.sla.persistence.OpenDossierCounts;

/**
 * Prometheus meters: counters of outcomes and emitted SLA events, gauges of open and overdue dossiers per deciding
 * agency refreshed from one SQL aggregate on a schedule (a scrape never touches the dossier table).
 */
@ApplicationScoped
public class SlaMetrics {
    private final MeterRegistry registry;
    private final OpenDossierCounts counts;
    private final MultiGauge open;
    private final MultiGauge overdue;

    public SlaMetrics(MeterRegistry registry, OpenDossierCounts counts) {
        this.registry = registry;
        this.counts = counts;
        this.open = MultiGauge.builder("motcua_sla_open_dossiers")
                .description("Open dossiers per deciding agency").register(registry);
        this.overdue = MultiGauge.builder("motcua_sla_overdue_dossiers")
                .description("Open, unpaused dossiers past their current appointment per deciding agency")
                .register(registry);
    }

    public void outcome(Outcome outcome) {
        counter("motcua_sla_outcomes", "outcome", outcome.name()).increment();
    }

    public void emitted(String kind) {
        counter("motcua_sla_events_emitted", "type", kind).increment();
    }

    @Scheduled(every = "${motcua.sla.metrics-refresh:30s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        List<AgencyCount> rows = QuarkusTransaction.requiringNew().call(counts::perAgency);
        List<MultiGauge.Row<?>> openRows = new ArrayList<>();
        List<MultiGauge.Row<?>> overdueRows = new ArrayList<>();
        for (AgencyCount row : rows) {
            openRows.add(MultiGauge.Row.of(Tags.of("agency", row.agency()), row.open()));
            overdueRows.add(MultiGauge.Row.of(Tags.of("agency", row.agency()), row.overdue()));
        }
        open.register(openRows, true);
        overdue.register(overdueRows, true);
    }

    private Counter counter(String name, String tag, String value) {
        return Counter.builder(name).tag(tag, value).register(registry);
    }
}
