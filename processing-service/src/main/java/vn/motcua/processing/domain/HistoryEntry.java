package vn.motcua.processing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import vn.motcua.events.DossierStatus;

/**
 * One line of a dossier's immutable history: who did what, when it happened and when it was
 * recorded (they differ for work recorded late), and the status before and after.
 */
@Entity
@Immutable
@Table(name = "dossier_history")
public class HistoryEntry {
    /** The action of the entry created by receipt, which is no officer action. */
    public static final String RECEIVE = "receive";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public Long dossierId;
    public int seq;
    public String action;
    public String eventType;
    @Enumerated(EnumType.STRING)
    public DossierStatus fromStatus;
    @Enumerated(EnumType.STRING)
    public DossierStatus toStatus;
    public Instant occurredAt;
    public Instant recordedAt;
    public String recordedBy;
    public String note;
}
