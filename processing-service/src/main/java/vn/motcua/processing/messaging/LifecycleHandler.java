package vn.motcua.processing.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.List;
import vn.motcua.events.lifecycle.DossierLifecycleEvent;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.processing.application.DossierIntake;
import vn.motcua.support.messaging.TopicHandlers;

/** dossier.lifecycle.v1: a received dossier opens a case; every other lifecycle event was produced here. */
@ApplicationScoped
public class LifecycleHandler extends TopicHandlers.Lifecycle {
    private final DossierIntake intake;
    private final EntityManager em;

    public LifecycleHandler(DossierIntake intake, EntityManager em) {
        this.intake = intake;
        this.em = em;
    }

    @Override
    public void handle(DossierLifecycleEvent event) {
        switch (event) {
            case DossierReceived received -> intake.open(received);
            default -> {
                // this service's own events, already applied when they were written to the outbox
            }
        }
    }

    /**
     * A chunk in one transaction, flushed once at commit: at Hibernate's AUTO flush every query of a receipt (its code
     * lock, its existence check, its recorded miss) dirty-checked every entity the chunk had saved before it, a cost
     * growing with the square of the chunk (JFR, issue 19: 73% of processing's samples). The existence check still
     * sees the chunk's earlier dossiers: their IDENTITY keys insert them at persist.
     */
    @Override
    public void handleBatch(List<DossierLifecycleEvent> events) {
        em.setFlushMode(FlushModeType.COMMIT);
        events.forEach(this::handle);
    }
}
