package vn.motcua.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The first successful answer to a POST carrying an Idempotency-Key, with the hash of its body. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord {
    @Id
    @Column(name = "idempotency_key")
    public String key;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "dossier_code")
    public String dossierCode;

    @Column(name = "response_body")
    public String responseBody;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
