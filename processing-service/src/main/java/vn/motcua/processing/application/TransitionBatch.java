package vn.motcua.processing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.events.DossierStatus;
import vn.motcua.processing.domain.BackdatingRefused;
import vn.motcua.processing.domain.Dossier;
import vn.motcua.processing.domain.InvalidInput;
import vn.motcua.processing.domain.RuleViolated;
import vn.motcua.processing.domain.TransitionNotAllowed;
import vn.motcua.support.api.ProblemException;

/**
 * Applies officers' actions in order in one transaction, each exactly as a single action runs (same rules, history
 * and event). The first refused item refuses the batch ({@link BatchItemRefused}); a dossier this service does not
 * know (e.g. its receipt not consumed yet) is a 422 on the item's {@code dossierCode}.
 */
@ApplicationScoped
public class TransitionBatch {
    private final DossierService service;

    public TransitionBatch(DossierService service) {
        this.service = service;
    }

    /** Each dossier's status after its action, in the items' order. */
    @Transactional
    public List<DossierStatus> apply(List<? extends BatchItem> items) {
        List<DossierStatus> statuses = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            BatchItem item = items.get(i);
            ActionRequest request = item.request();
            int index = i;
            Dossier d = service.lookup(item.dossierCode()).orElseThrow(() -> unknown(index, item));
            try {
                service.apply(d, request);
            } catch (ProblemException e) {
                // another agency's dossier is answered as one never received: no existence oracle
                throw e.status() == 404 ? unknown(index, item) : new BatchItemRefused(i, e);
            } catch (TransitionNotAllowed | RuleViolated | InvalidInput | BackdatingRefused e) {
                throw new BatchItemRefused(i, e);
            }
            statuses.add(d.status);
            service.release();
        }
        return statuses;
    }

    private static BatchItemRefused unknown(int index, BatchItem item) {
        return new BatchItemRefused(index, ProblemException.unprocessable("dossierCode", "unknown dossier "
                + item.dossierCode() + " (never received here, or its receipt not consumed yet)"));
    }
}
