package vn.motcua.notification.domain;

import jakarta.persistence.Column;
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

/** One line of a notice's delivery log: channel, time, result, error and the content sent. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "notice_id")
    public UUID noticeId;
    @Column(name = "attempt_no")
    public int attemptNo;
    @Enumerated(EnumType.STRING)
    public ContactChannel channel;
    @Column(name = "attempted_at")
    public Instant attemptedAt;
    @Enumerated(EnumType.STRING)
    public AttemptResult result;
    @Column(name = "recipient_masked")
    public String recipientMasked;
    public String error;
    public String content;
}
