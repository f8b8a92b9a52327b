package vn.motcua.processing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.motcua.events.sla.DeadlineApproaching;
import vn.motcua.events.sla.DeadlineMissed;
import vn.motcua.events.sla.DossierSlaEvent;

/** What the SLA service said about a dossier's deadline episode (approaching / missed), kept for display. */
@Entity
@Table(name = "deadline_alert")
public class DeadlineAlert {
    public static final String APPROACHING = "APPROACHING";
    public static final String MISSED = "MISSED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String dossierCode;
    public int episode;
    public String kind;
    public Instant dueAt;
    public Instant occurredAt;

    public static DeadlineAlert from(DossierSlaEvent sla) {
        DeadlineAlert alert = new DeadlineAlert();
        alert.dossierCode = sla.dossierCode();
        alert.episode = sla.episode();
        alert.dueAt = sla.dueAt();
        alert.occurredAt = sla.occurredAt();
        alert.kind = switch (sla) {
            case DeadlineApproaching a -> APPROACHING;
            case DeadlineMissed m -> MISSED;
        };
        return alert;
    }
}
