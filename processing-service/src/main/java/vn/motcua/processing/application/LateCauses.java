package vn.motcua.processing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import vn.motcua.events.LateCause;
import vn.motcua.events.lifecycle.StepLateCauseRecorded;
import vn.motcua.processing.domain.Dossier;
import vn.motcua.processing.domain.HandOver;
import vn.motcua.processing.persistence.DossierRepository;
import vn.motcua.processing.persistence.HandOverRepository;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.messaging.Outbox;
import vn.motcua.support.messaging.TopicsConfig;

/**
 * An officer records why a late step ran late (chủ quan / khách quan): the control-sheet line and the
 * {@link StepLateCauseRecorded} event in the outbox commit together; sla-service counts late dossiers by it.
 */
@ApplicationScoped
public class LateCauses {
    private final DossierRepository dossiers;
    private final HandOverRepository handOvers;
    private final DossierQueries queries;
    private final DossierService service;
    private final Outbox outbox;
    private final TopicsConfig topics;
    private final Clock clock;

    public LateCauses(DossierRepository dossiers, HandOverRepository handOvers, DossierQueries queries,
            DossierService service, Outbox outbox, TopicsConfig topics, Clock clock) {
        this.dossiers = dossiers;
        this.handOvers = handOvers;
        this.queries = queries;
        this.service = service;
        this.outbox = outbox;
        this.topics = topics;
        this.clock = clock;
    }

    @Transactional
    public DossierDetails record(String code, int seq, LateCause cause, String explanation) {
        Dossier d = dossiers.findByCode(code).orElseThrow(() -> ProblemException.notFound("dossier " + code));
        service.requireActsOn(d);
        HandOver step = handOvers.ofDossier(d.id).stream().filter(h -> h.seq == seq).findFirst()
                .orElseThrow(() -> ProblemException.notFound("step " + seq + " of dossier " + code));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = service.actor();
        step.recordLateCause(cause, explanation, actor, now);
        outbox.publish(topics.lifecycle().name(), d.code, new StepLateCauseRecorded(d.code, now, actor, step.seq,
                step.stepName, step.toUnitCode, step.toOfficer, step.lateCause, step.lateExplanation), now, Map.of());
        return queries.details(d);
    }
}
