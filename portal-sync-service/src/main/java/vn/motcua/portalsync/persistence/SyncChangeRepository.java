package vn.motcua.portalsync.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import vn.motcua.portalsync.domain.AgencySyncStatus;
import vn.motcua.portalsync.domain.SyncChange;

/** The queue of changes to send, and its figures per agency. */
@ApplicationScoped
public class SyncChangeRepository implements PanacheRepository<SyncChange> {
    // a dossier's change is due only when every earlier change of that dossier is acknowledged (strict order); the
    // claim moves next_attempt_at past the lease so that another sender leaves it alone while it is being sent
    private static final String CLAIM = """
            update sync_change set next_attempt_at = ?, attempts = attempts + 1
            where id in (select c.id from sync_change c
                where c.acknowledged_at is null and c.next_attempt_at <= ?
                  and not exists (select 1 from sync_change p where p.dossier_code = c.dossier_code
                                  and p.seq < c.seq and p.acknowledged_at is null)
                order by c.next_attempt_at, c.id limit ? for update skip locked)
            returning id, sync_key, payload, attempts""";

    private static final String STATUS = """
            select agency_code, count(*), count(acknowledged_at), min(queued_at) filter (where acknowledged_at is null),
                   (array_agg(last_error order by queued_at) filter (where acknowledged_at is null))[1]
            from sync_change where agency_path like ? and agency_path like ? group by agency_code order by agency_code""";

    /** A change taken for sending: its key, body and the attempt this is. */
    public record Claimed(long id, String syncKey, String payload, int attempt) {
    }

    /** Takes up to {@code limit} due changes, at most one per dossier, and leases them until {@code leaseUntil}. */
    public List<Claimed> claim(Instant now, Instant leaseUntil, int limit) {
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            List<Claimed> claimed = new ArrayList<>();
            try (PreparedStatement update = connection.prepareStatement(CLAIM)) {
                update.setTimestamp(1, Timestamp.from(leaseUntil));
                update.setTimestamp(2, Timestamp.from(now));
                update.setInt(3, limit);
                try (ResultSet rows = update.executeQuery()) {
                    while (rows.next()) {
                        claimed.add(new Claimed(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getInt(4)));
                    }
                }
            }
            return claimed;
        });
    }

    public void acknowledged(long id, Instant at, boolean duplicate) {
        update("acknowledgedAt = ?1, duplicate = ?2, lastError = null where id = ?3", at, duplicate, id);
    }

    public void failed(long id, Instant retryAt, String error) {
        String cut = error.length() > 1000 ? error.substring(0, 1000) : error;
        update("nextAttemptAt = ?1, lastError = ?2 where id = ?3", retryAt, cut, id);
    }

    public List<SyncChange> ofDossier(String dossierCode) {
        return list("dossierCode = ?1 order by seq", dossierCode);
    }

    /**
     * Figures per deciding agency, of the changes whose agency is within {@code agency} (null: all) and within
     * {@code scope} (the caller's agency; null: all).
     */
    @SuppressWarnings("unchecked")
    public List<AgencySyncStatus> statusPerAgency(String agency, String scope) {
        List<Object[]> rows = getEntityManager().createNativeQuery(STATUS)
                .setParameter(1, like(agency)).setParameter(2, like(scope)).getResultList();
        return rows.stream().map(r -> new AgencySyncStatus((String) r[0], ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue(), toInstant(r[3]), (String) r[4])).toList();
    }

    private static String like(String agency) {
        return agency == null ? "%" : "%|" + agency + "|%";
    }

    private static Instant toInstant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case java.time.OffsetDateTime o -> o.toInstant();
            case Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }
}
