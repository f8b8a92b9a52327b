package vn.motcua.portalsync.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;
import vn.motcua.events.EventJson;
import vn.motcua.events.EventTypes;
import vn.motcua.events.lifecycle.DossierLifecycleEvent;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.portalsync.domain.DossierTrack;
import vn.motcua.portalsync.domain.PortalMapping;
import vn.motcua.portalsync.domain.PortalRecord;
import vn.motcua.portalsync.domain.SyncChange;
import vn.motcua.portalsync.domain.TrackedDossier;
import vn.motcua.portalsync.persistence.SyncChangeRepository;
import vn.motcua.portalsync.persistence.TrackedDossierRepository;

/**
 * Queues one change per lifecycle event, in the transaction that consumes it: the dossier's new state and its
 * portal record, numbered after the dossier's previous change. The body is composed now, once, so that every resend
 * of the change is byte for byte the same.
 */
@ApplicationScoped
public class SyncQueue {
    private static final Logger LOG = Logger.getLogger(SyncQueue.class);

    private final TrackedDossierRepository dossiers;
    private final SyncChangeRepository changes;
    private final PortalMapping mapping;
    private final String provinceCode;
    private final SyncMetrics metrics;
    private final Clock clock;

    public SyncQueue(TrackedDossierRepository dossiers, SyncChangeRepository changes, PortalSettings settings,
            SyncMetrics metrics, Clock clock) {
        this.dossiers = dossiers;
        this.changes = changes;
        this.mapping = settings.mapping();
        this.provinceCode = settings.config().agencyCode();
        this.metrics = metrics;
        this.clock = clock;
    }

    @Transactional
    public void record(DossierLifecycleEvent event) {
        TrackedDossier row = dossiers.findById(event.dossierCode());
        DossierTrack track;
        if (event instanceof DossierReceived receipt) {
            if (row != null) {
                LOG.warnf("a second receipt of %s is not synchronised", event.dossierCode());
                metrics.skipped("second-receipt");
                return;
            }
            row = new TrackedDossier();
            row.dossierCode = receipt.dossierCode();
            track = DossierTrack.received(receipt);
        } else if (row == null) {
            // received before this service consumed the topic: the portal cannot take a change of a dossier it
            // never got (see the README on starting with existing dossiers)
            LOG.warnf("%s of %s, whose receipt was never seen, is not synchronised",
                    EventTypes.typeOf(event.getClass()), event.dossierCode());
            metrics.skipped("unknown-dossier");
            return;
        } else {
            track = read(row.state).apply(event);
        }
        Instant now = clock.instant();
        int seq = row.lastSeq + 1;
        SyncChange change = new SyncChange();
        change.dossierCode = track.dossierCode();
        change.seq = seq;
        change.syncKey = SyncChange.keyOf(track.dossierCode(), seq);
        change.eventType = event.getClass().getSimpleName();
        change.agencyCode = track.agencyCode();
        change.agencyPath = SyncChange.pathOf(track.agencyPath(), track.agencyCode());
        change.nationalStatus = mapping.status(track.status());
        change.payload = text(PortalRecord.body(track, mapping, provinceCode, seq));
        change.queuedAt = now;
        change.nextAttemptAt = now;
        changes.persist(change);
        row.state = text(track);
        row.lastSeq = seq;
        row.updatedAt = now;
        if (seq == 1) {
            dossiers.persist(row);
        }
        metrics.queued(track.agencyCode());
    }

    private static String text(Object value) {
        return new String(EventJson.write(value), StandardCharsets.UTF_8);
    }

    private static DossierTrack read(String state) {
        return EventJson.read(state.getBytes(StandardCharsets.UTF_8), DossierTrack.class);
    }
}
