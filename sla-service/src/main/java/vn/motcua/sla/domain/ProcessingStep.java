package vn.motcua.sla.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.motcua.events.LateCause;

/** A hand-over of the dossier to a unit/officer with the step's own deadline, for attribution of lateness. */
@Entity
@Table(name = "processing_step")
public class ProcessingStep {
    @Id
    // the bigserial's sequence, stepping by 50 (V5) so that a chunk's inserts are batched
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "processing_step_id_seq")
    @SequenceGenerator(name = "processing_step_id_seq", sequenceName = "processing_step_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "dossier_code", nullable = false)
    public String dossierCode;

    @Column(nullable = false)
    public int seq;

    @Column(name = "step_name")
    public String stepName;

    @Column(name = "unit_code")
    public String unitCode;

    public String officer;

    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;

    @Column(name = "due_at")
    public Instant dueAt;

    /** Why the step ran late, as an officer recorded it (the latest record); null when none was. */
    @Enumerated(EnumType.STRING)
    @Column(name = "late_cause")
    public LateCause lateCause;

    @Column(name = "late_explanation")
    public String lateExplanation;

    public static ProcessingStep assigned(String dossierCode, int seq, String stepName, String unitCode, String officer,
            Instant assignedAt, Instant dueAt) {
        ProcessingStep step = new ProcessingStep();
        step.dossierCode = dossierCode;
        step.seq = seq;
        step.stepName = stepName;
        step.unitCode = unitCode;
        step.officer = officer;
        step.assignedAt = assignedAt;
        step.dueAt = dueAt;
        return step;
    }
}
