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
import vn.motcua.events.notification.NoticeFailed;
import vn.motcua.events.notification.NoticeSent;
import vn.motcua.events.notification.NotificationOutcomeEvent;

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

    /** Takes in what became of the notice; once it was sent, a later failure report changes nothing. */
    public void record(NotificationOutcomeEvent outcome) {
        if (sent) {
            return;
        }
        noticeId = outcome.noticeId();
        dossierCode = outcome.dossierCode();
        episode = outcome.episode();
        kind = outcome.kind();
        occurredAt = outcome.occurredAt();
        switch (outcome) {
            case NoticeSent s -> {
                sent = true;
                channel = s.channel();
                recipientMasked = s.recipientMasked();
                newDueAt = s.newDueAt();
                error = null;
            }
            case NoticeFailed f -> {
                sent = false;
                error = f.error();
            }
        }
    }
}
