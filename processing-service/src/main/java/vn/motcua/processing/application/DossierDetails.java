package vn.motcua.processing.application;

import java.util.List;
import vn.motcua.processing.domain.DeadlineAlert;
import vn.motcua.processing.domain.Dossier;
import vn.motcua.processing.domain.HandOver;
import vn.motcua.processing.domain.HistoryEntry;
import vn.motcua.processing.domain.Notice;

/** A dossier with everything officers see of it: the control sheet, the history, deadline alerts and notices. */
public record DossierDetails(Dossier dossier, List<HandOver> controlSheet, List<HistoryEntry> history,
        List<DeadlineAlert> deadlineAlerts, List<Notice> notices) {
}
