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

/** A period during which the SLA clock stood still; {@code workingSeconds} is the working time inside it once closed. */
@Entity
@Table(name = "paused_interval")
public class PausedInterval {
    @Id
    // the bigserial's sequence, stepping by 50 (V5) so that a chunk's inserts are batched
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "paused_interval_id_seq")
    @SequenceGenerator(name = "paused_interval_id_seq", sequenceName = "paused_interval_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "dossier_code", nullable = false)
    public String dossierCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PauseKind kind;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "working_seconds")
    public Long workingSeconds;

    public static PausedInterval start(String dossierCode, PauseKind kind, Instant at) {
        PausedInterval p = new PausedInterval();
        p.dossierCode = dossierCode;
        p.kind = kind;
        p.startedAt = at;
        return p;
    }
}
