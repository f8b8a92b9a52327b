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
import vn.motcua.events.EventTypes;
import vn.motcua.events.lifecycle.DossierReceived;

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
    /** Working days from the day it happened to the day it was recorded (agency calendar); null before V5. */
    public Integer workingDaysLate;

    /** The first line of a dossier opened by {@code e} ({@link Dossier#openFrom}), once the dossier has an id. */
    public static HistoryEntry receipt(Dossier d, DossierReceived e, Instant now) {
        HistoryEntry h = new HistoryEntry();
        h.dossierId = d.id;
        h.seq = 1;
        h.action = RECEIVE;
        h.eventType = EventTypes.typeOf(DossierReceived.class);
        h.toStatus = DossierStatus.RECEIVED;
        h.occurredAt = e.receivedAt();
        h.recordedAt = e.enteredAt() == null ? now : e.enteredAt();
        h.recordedBy = e.actor();
        h.note = e.procedureCode() + " " + e.procedureName();
        return h;
    }
}
