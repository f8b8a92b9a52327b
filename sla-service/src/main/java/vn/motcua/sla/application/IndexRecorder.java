package vn.motcua.sla.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;
import vn.motcua.events.FeePayment;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.events.lifecycle.FeesPaid;
import vn.motcua.events.lifecycle.ProcessingCompleted;
import vn.motcua.events.lifecycle.ServiceRated;
import vn.motcua.sla.domain.FeeRecord;
import vn.motcua.sla.persistence.IndexFactChunk;

/**
 * Records what Decision 766's index needs of the receipt, the payments, the result and the rating (docs/decision-766.md),
 * in the event's transaction, so that a redelivered event (its consumed_event row is there) changes nothing.
 */
@ApplicationScoped
public class IndexRecorder {
    private static final Logger LOG = Logger.getLogger(IndexRecorder.class);

    /** A receipt's facts and the fee paid at the counter; nothing for a receipt without facts (older events). */
    public void received(DossierReceived e, IndexFactChunk facts) {
        if (e.indexFacts() == null) {
            return;
        }
        facts.received(e.dossierCode()).receipt(e.indexFacts());
        paid(e.dossierCode(), e.indexFacts().fee(), e.occurredAt(), facts);
    }

    public void paid(FeesPaid e, IndexFactChunk facts) {
        paid(e.dossierCode(), e.payment(), e.occurredAt(), facts);
    }

    public void completed(ProcessingCompleted e, IndexFactChunk facts) {
        if (e.resultDigitised() != null || e.resultReusedFromPortal() != null) {
            facts.fact(e.dossierCode()).result(e); // a completion stating nothing needs no row
        }
    }

    public void rated(ServiceRated e, IndexFactChunk facts) {
        if (!facts.fact(e.dossierCode()).rating(e)) {
            LOG.warnf("second rating of %s ignored: the first one counts", e.dossierCode());
        }
    }

    private static void paid(String code, FeePayment payment, Instant at, IndexFactChunk facts) {
        if (payment != null && payment.channel() != null) {
            facts.persist(FeeRecord.of(code, payment, at));
        }
    }
}
