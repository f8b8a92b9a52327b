package vn.motcua.processing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A line of the process-control sheet: a step handed to a unit/officer, with its own deadline;
 * ended and judged (early / on time / late) when the dossier is handed on or processing ends.
 */
@Entity
@Table(name = "hand_over")
public class HandOver {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long dossierId;
    public int seq;
    public String stepName;
    public String fromUnitCode;
    public String fromOfficer;
    public String toUnitCode;
    public String toOfficer;
    public Instant handedAt;
    public String handedBy;
    public Instant stepDueAt;
    public Instant endedAt;
    @Enumerated(EnumType.STRING)
    public StepOutcome outcome;

    public boolean isOpen() {
        return endedAt == null;
    }

    void end(Instant at) {
        endedAt = at;
        outcome = StepOutcome.of(at, stepDueAt);
    }
}
