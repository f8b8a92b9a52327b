package vn.motcua.portalsync.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A dossier's {@link DossierTrack} (as JSON) and the number of its last queued change. */
@Entity
@Table(name = "tracked_dossier")
public class TrackedDossier {
    @Id
    @Column(name = "dossier_code")
    public String dossierCode;
    public String state;
    @Column(name = "last_seq")
    public int lastSeq;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
