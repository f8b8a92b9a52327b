package vn.motcua.processing.application;

import java.util.List;
import vn.motcua.processing.domain.Dossier;
import vn.motcua.processing.domain.HistoryEntry;
import vn.motcua.processing.domain.Notice;

/**
 * A dossier a citizen looked up: its timeline, the notices sent to the citizen (never staff alerts), and whether the
 * citizen has rated the service.
 */
public record PublicDossier(Dossier dossier, List<HistoryEntry> timeline, List<Notice> citizenNotices, boolean rated) {
}
