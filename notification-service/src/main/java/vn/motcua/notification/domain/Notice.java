package vn.motcua.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import vn.motcua.events.ContactChannel;
import vn.motcua.events.NoticeKind;

/**
 * One notice about a dossier (unique per dossier, episode and kind) with its rendered content, its
 * recipients and its delivery state. Recipients are personal data: never log them unmasked.
 */
@Entity
@Table(name = "notice")
public class Notice {
    @Id
    public UUID id;
    @Column(name = "dossier_code")
    public String dossierCode;
    public int episode;
    @Enumerated(EnumType.STRING)
    public NoticeKind kind;
    @Enumerated(EnumType.STRING)
    public NoticeStatus status;
    @Column(name = "agency_code")
    public String agencyCode;
    /** Agency codes (deciding and receiving paths) whose staff may read the notice, comma-separated. */
    @Column(name = "access_path")
    public String accessPath;
    @Column(name = "serial_number")
    public String serialNumber;
    @Column(name = "recipient_name")
    public String recipientName;
    /** Comma-separated addresses. */
    @Column(name = "email_to")
    public String emailTo;
    @Column(name = "email_cc")
    public String emailCc;
    public String phone;
    /** Channels to try in order, comma-separated. */
    @Column(name = "channel_plan")
    public String channelPlan;
    @Column(name = "channel_index")
    public int channelIndex;
    @Column(name = "channel_attempts")
    public int channelAttempts;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Enumerated(EnumType.STRING)
    public ContactChannel channel;
    public String reason;
    @Column(name = "original_due_at")
    public Instant originalDueAt;
    @Column(name = "new_due_at")
    public Instant newDueAt;
    public String subject;
    @Column(name = "body_html")
    public String bodyHtml;
    @Column(name = "body_text")
    public String bodyText;
    @Column(name = "sms_text")
    public String smsText;
    @Column(name = "last_error")
    public String lastError;
    /** While SENDING: since when, and the Message-ID (e-mail) or idempotency key (gateways) of that attempt. */
    @Column(name = "sending_since")
    public Instant sendingSince;
    @Column(name = "message_id")
    public String messageId;
    /**
     * The citizen's lookup PIN, put in place of {@link #PIN_PLACEHOLDER} only in the e-mail as sent (the stored letter,
     * which staff read, keeps the placeholder); cleared once the notice is sent or failed.
     */
    @Column(name = "lookup_pin")
    public String lookupPin;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "sent_at")
    public Instant sentAt;

    /** What the stored letter shows where the e-mail shows the lookup PIN. */
    public static final String PIN_PLACEHOLDER = "••••••••";

    /** {@code body} as the recipient gets it: the lookup PIN in place of its placeholder. */
    public String revealPin(String body) {
        return lookupPin == null || body == null ? body : body.replace(PIN_PLACEHOLDER, lookupPin);
    }

    public Audience audience() {
        return Audience.of(kind);
    }

    public List<ContactChannel> plan() {
        return channelPlan == null || channelPlan.isBlank() ? List.of()
                : Arrays.stream(channelPlan.split(",")).map(ContactChannel::valueOf).toList();
    }

    public List<String> emailRecipients() {
        return split(emailTo);
    }

    public List<String> emailCopies() {
        return split(emailCc);
    }

    public List<String> accessAgencies() {
        return split(accessPath);
    }

    public boolean waiting() {
        return status == NoticeStatus.PENDING || status == NoticeStatus.HELD;
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }
}
