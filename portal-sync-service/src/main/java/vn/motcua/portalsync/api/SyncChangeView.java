package vn.motcua.portalsync.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.portalsync.domain.SyncChange;
import vn.motcua.support.time.VnTime;

/** One change of a dossier as queued for the portal and how far its delivery got. */
@Schema(description = "A lifecycle change of a dossier and its delivery to the portal")
public record SyncChangeView(
        int seq,
        @Schema(description = "The stable key sent as Idempotency-Key (MaHoSo-seq)") String syncKey,
        @Schema(description = "The lifecycle event, e.g. DossierReceived") String event,
        @Schema(description = "TrangThaiHoSo sent, 1-10") int nationalStatus,
        OffsetDateTime queuedAt,
        OffsetDateTime acknowledgedAt,
        int attempts,
        @Schema(description = "The portal answered that it had this change already") boolean duplicate,
        String lastError) {

    static SyncChangeView of(SyncChange c) {
        return new SyncChangeView(c.seq, c.syncKey, c.eventType, c.nationalStatus, VnTime.of(c.queuedAt),
                VnTime.of(c.acknowledgedAt), c.attempts, c.duplicate, c.lastError);
    }
}
