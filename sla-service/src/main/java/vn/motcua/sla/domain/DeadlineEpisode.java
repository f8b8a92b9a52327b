package vn.motcua.sla.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One deadline episode of a dossier: 1 runs to the original appointment, 2 to the new appointment after a
 * reschedule. The approaching/missed instants are set once, together with the outbox row that announces them.
 */
@Entity
@Table(name = "deadline_episode")
public class DeadlineEpisode {
    @Id
    // the bigserial's sequence, stepping by 50 (V5) so that a chunk's inserts are batched
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "deadline_episode_id_seq")
    @SequenceGenerator(name = "deadline_episode_id_seq", sequenceName = "deadline_episode_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "dossier_code", nullable = false)
    public String dossierCode;

    @Column(nullable = false)
    public int episode;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "approaching_at")
    public Instant approachingAt;

    @Column(name = "missed_at")
    public Instant missedAt;

    public static DeadlineEpisode open(String dossierCode, int episode, Instant dueAt, Instant openedAt) {
        DeadlineEpisode e = new DeadlineEpisode();
        e.dossierCode = dossierCode;
        e.episode = episode;
        e.dueAt = dueAt;
        e.openedAt = openedAt;
        return e;
    }
}
