package vn.motcua.processing.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.motcua.events.ContactChannel;
import vn.motcua.events.NoticeKind;

/** A notice the notification service sent (or failed to send) about a dossier; the recipient is stored masked only. */
@Entity
@Table(name = "notice")
public class Notice {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID noticeId;
    public String dossierCode;
    public int episode;
    @Enumerated(EnumType.STRING)
    public NoticeKind kind;
    public boolean sent;
    @Enumerated(EnumType.STRING)
    public ContactChannel channel;
    public String recipientMasked;
    public Instant newDueAt;
    public Instant occurredAt;
    public String error;
}
