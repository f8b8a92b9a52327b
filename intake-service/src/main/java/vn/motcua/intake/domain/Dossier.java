package vn.motcua.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.motcua.events.Channel;

/** A dossier as received at the counter; later statuses belong to processing-service. */
@Entity
@Table(name = "dossier")
public class Dossier {
    @Id
    public String code;

    @Column(name = "procedure_code", nullable = false)
    public String procedureCode;

    @Column(name = "procedure_version", nullable = false)
    public int procedureVersion;

    @Column(name = "receiving_agency_code", nullable = false)
    public String receivingAgencyCode;

    @Column(name = "deciding_agency_code", nullable = false)
    public String decidingAgencyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "entered_at", nullable = false)
    public Instant enteredAt;

    /** Imported from a previous system with its history (POST /api/v1/dossiers/imports), not received live. */
    @Column(nullable = false)
    public boolean migrated;

    @Column(name = "entered_by", nullable = false)
    public String enteredBy;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "calendar_id", nullable = false)
    public String calendarId;

    /**
     * What the receipt told Decision 766's index (JSON of {@link vn.motcua.events.IndexFacts}, as DossierReceived
     * carried it); null for dossiers received before V5.
     */
    @Column(name = "index_facts")
    public String indexFacts;

    /** The receipt slip as issued (JSON of {@link Receipt}), unmasked: it is printed for the applicant. */
    @Column(nullable = false)
    public String receipt;
}
