package vn.motcua.portalsync.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.portalsync.domain.AgencySyncStatus;
import vn.motcua.support.time.VnTime;

/** The synchronisation figures of one deciding agency, or of all agencies asked for (agency null). */
@Schema(description = "Changes received from the lifecycle topic and acknowledged by the portal, the sync rate and the lag")
public record SyncFigures(
        @Schema(description = "Deciding agency; null in the total") String agency,
        long received,
        long acknowledged,
        long pending,
        @Schema(description = "acknowledged / received, percent with one decimal; null when nothing was received")
        BigDecimal syncRate,
        @Schema(description = "Age in seconds of the oldest change the portal has not acknowledged; 0 when none waits")
        long lagSeconds,
        OffsetDateTime oldestPendingAt,
        @Schema(description = "The portal's last answer on the oldest waiting change") String lastError) {

    static SyncFigures of(AgencySyncStatus s, Instant now) {
        return new SyncFigures(s.agency(), s.received(), s.acknowledged(), s.pending(), s.syncRate(),
                s.lag(now).toSeconds(), VnTime.of(s.oldestPendingAt()), s.lastError());
    }

    /** The rows added up: the oldest waiting change of them all, with its error. */
    static SyncFigures total(List<AgencySyncStatus> rows, Instant now) {
        AgencySyncStatus oldest = rows.stream().filter(r -> r.oldestPendingAt() != null)
                .min(Comparator.comparing(AgencySyncStatus::oldestPendingAt)).orElse(null);
        AgencySyncStatus sum = new AgencySyncStatus(null, rows.stream().mapToLong(AgencySyncStatus::received).sum(),
                rows.stream().mapToLong(AgencySyncStatus::acknowledged).sum(),
                oldest == null ? null : oldest.oldestPendingAt(), oldest == null ? null : oldest.lastError());
        return of(sum, now);
    }

    boolean isTotal() {
        return Objects.isNull(agency);
    }
}
