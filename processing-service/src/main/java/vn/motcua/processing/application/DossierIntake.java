package vn.motcua.processing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.processing.domain.Dossier;
import vn.motcua.processing.domain.HistoryEntry;
import vn.motcua.processing.persistence.DossierRepository;
import vn.motcua.processing.persistence.HistoryRepository;
import vn.motcua.support.privacy.Mask;

/** Opens a case, with its first history line, for each dossier a counter received. */
@ApplicationScoped
public class DossierIntake {
    private static final Logger LOG = Logger.getLogger(DossierIntake.class);

    private final DossierRepository dossiers;
    private final HistoryRepository history;
    private final Reappointments reappointments;
    private final Clock clock;

    public DossierIntake(DossierRepository dossiers, HistoryRepository history, Reappointments reappointments,
            Clock clock) {
        this.dossiers = dossiers;
        this.history = history;
        this.reappointments = reappointments;
        this.clock = clock;
    }

    /** In the consumer's transaction, which also records the event as consumed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(DossierReceived received) {
        dossiers.lockCode(received.dossierCode());
        if (dossiers.findByCode(received.dossierCode()).isPresent()) {
            // a second receipt under a used code (another event id): the code is never reused, keep the first
            LOG.warnf("dossier %s already exists; a later receipt of it (received at %s by %s) ignored",
                    received.dossierCode(), received.receivedAt(), received.actor());
            return;
        }
        Instant now = clock.instant();
        Dossier dossier = Dossier.openFrom(received, now);
        dossiers.persist(dossier);
        history.persist(HistoryEntry.receipt(dossier, received, now));
        LOG.infof("dossier %s received (procedure %s, deciding agency %s, contact phone %s)", dossier.code,
                dossier.procedureCode, dossier.decidingAgencyCode, Mask.phone(dossier.recipientPhone));
        reappointments.afterRecordedMiss(dossier);
    }
}
