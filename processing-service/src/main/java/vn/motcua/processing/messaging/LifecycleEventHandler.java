package vn.motcua.processing.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;
import vn.motcua.events.EventTypes;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.processing.config.ProcessingConfig;
import vn.motcua.processing.domain.Dossier;
import vn.motcua.processing.domain.Receipt;
import vn.motcua.processing.persistence.DossierRepository;
import vn.motcua.processing.persistence.HistoryRepository;
import vn.motcua.support.messaging.EventHandler;
import vn.motcua.support.messaging.IncomingEvent;
import vn.motcua.support.privacy.Mask;

/**
 * Opens a case for each received dossier. Every other lifecycle event was produced by this
 * service and is already applied, so it is skipped.
 */
@ApplicationScoped
public class LifecycleEventHandler implements EventHandler {
    private static final Logger LOG = Logger.getLogger(LifecycleEventHandler.class);
    private static final String RECEIVED = EventTypes.typeOf(DossierReceived.class);

    private final ProcessingConfig config;
    private final DossierRepository dossiers;
    private final HistoryRepository history;
    private final Clock clock;

    public LifecycleEventHandler(ProcessingConfig config, DossierRepository dossiers, HistoryRepository history,
            Clock clock) {
        this.config = config;
        this.dossiers = dossiers;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return config.topics().lifecycle();
    }

    @Override
    public void handle(IncomingEvent event) {
        if (!RECEIVED.equals(event.type())) {
            return;
        }
        DossierReceived received = event.payloadAs(DossierReceived.class);
        if (dossiers.findByCode(received.dossierCode()).isPresent()) {
            // a second receipt under a used code (another event id): the code is never reused, keep the first
            LOG.warnf("dossier %s already exists; receipt event %s ignored", received.dossierCode(), event.id());
            return;
        }
        Dossier dossier = Receipt.open(received, clock.instant());
        dossiers.persist(dossier);
        history.persist(Receipt.historyOf(dossier, received, clock.instant()));
        LOG.infof("dossier %s received (procedure %s, deciding agency %s, contact phone %s)", dossier.code,
                dossier.procedureCode, dossier.decidingAgencyCode, Mask.phone(dossier.recipientPhone));
    }
}
