package vn.motcua.processing.api;

import java.util.List;
import vn.motcua.processing.api.DossierViews.StatusView;

/** Answer of POST /api/v1/dossiers/transitions: per action, in request order, the dossier's status after it. */
public record TransitionBatchResponse(List<Applied> transitions) {

    /** The status a dossier reached by one action of the batch. */
    public record Applied(String dossierCode, String action, StatusView status) {
    }
}
