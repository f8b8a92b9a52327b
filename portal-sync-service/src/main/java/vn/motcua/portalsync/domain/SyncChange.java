package vn.motcua.portalsync.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One lifecycle change of a dossier to send to the portal, with its body as sent and its delivery state. */
@Entity
@Table(name = "sync_change")
public class SyncChange {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "dossier_code")
    public String dossierCode;
    public int seq;
    /** MaHoSo-seq: the same change always carries the same key, so the portal recognises a resend. */
    @Column(name = "sync_key")
    public String syncKey;
    @Column(name = "event_type")
    public String eventType;
    @Column(name = "agency_code")
    public String agencyCode;
    @Column(name = "agency_path")
    public String agencyPath;
    @Column(name = "national_status")
    public int nationalStatus;
    public String payload;
    @Column(name = "queued_at")
    public Instant queuedAt;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    public int attempts;
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
    public boolean duplicate;
    @Column(name = "last_error")
    public String lastError;

    public static String keyOf(String dossierCode, int seq) {
        return dossierCode + "-" + seq;
    }

    /** '|root|...|agency|', so that "within agency X" is a LIKE '%|X|%'. */
    public static String pathOf(List<String> path, String agencyCode) {
        StringBuilder s = new StringBuilder("|");
        for (String code : path) {
            s.append(code).append('|');
        }
        if (!path.contains(agencyCode)) {
            s.append(agencyCode).append('|');
        }
        return s.toString();
    }
}
