package vn.motcua.portalsync.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The synchronisation of the agencies asked for: their total and each deciding agency. */
@Schema(description = "Sync rate and lag of the dossiers of an agency (and its sub-units) or of every agency")
public record SyncStatusView(
        @Schema(description = "The agency asked for; null for every agency the caller may see") String agency,
        SyncFigures total,
        List<SyncFigures> agencies) {
}
