package vn.motcua.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The first successful answer to a POST carrying an Idempotency-Key, with the hash of its body; one per caller and key. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord {
    @EmbeddedId
    public Id id;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "dossier_code")
    public String dossierCode;

    @Column(name = "response_body")
    public String responseBody;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Whose key (the token's user and agency claim as a JSON array; see V3 for rows stored before) and the key. */
    @Embeddable
    public static class Id implements Serializable {
        @Column(name = "caller", nullable = false)
        public String caller;

        @Column(name = "idempotency_key", nullable = false)
        public String key;

        protected Id() {
        }

        public Id(String caller, String key) {
            this.caller = caller;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Id other && caller.equals(other.caller) && key.equals(other.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caller, key);
        }
    }
}
