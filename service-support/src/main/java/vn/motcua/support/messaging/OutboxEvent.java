package vn.motcua.support.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One event waiting to be published (or kept a while after), written in the same transaction as the change it announces. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(nullable = false, unique = true)
    public UUID id;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String messageKey;

    @Column(name = "ce_type", nullable = false)
    public String ceType;

    @Column(name = "ce_source", nullable = false)
    public String ceSource;

    @Column(name = "ce_subject")
    public String ceSubject;

    @Column(name = "ce_time", nullable = false)
    public Instant ceTime;

    /** CloudEvents extension attributes (name to value), null for none; column added by R__outbox_extensions. */
    @Convert(converter = ExtensionsConverter.class)
    @Column(name = "ce_extensions")
    public Map<String, String> ceExtensions;

    @Column(nullable = false)
    public byte[] payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;
}
