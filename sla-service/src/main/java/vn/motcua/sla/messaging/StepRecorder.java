package vn.motcua.sla.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import vn.motcua.sla.domain.ProcessingStep;
import vn.motcua.sla.domain.TrackedDossier;
import vn.motcua.sla.persistence.TrackingChunk;

/** Records hand-overs: the dossier's holder for attribution and the step with its own deadline. */
@ApplicationScoped
public class StepRecorder {
    public void assign(TrackingChunk chunk, TrackedDossier d, Instant at, String stepName, String unitCode,
            String officer, Instant stepDue) {
        d.assign(unitCode, officer, stepName, stepDue);
        ProcessingStep step = new ProcessingStep();
        step.dossierCode = d.code;
        step.stepName = stepName;
        step.unitCode = unitCode;
        step.officer = officer;
        step.assignedAt = at;
        step.dueAt = stepDue;
        chunk.persist(step);
    }
}
