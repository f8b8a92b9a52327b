package vn.motcua.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.motcua.events.EventJson;
import vn.motcua.events.EventTypes;
import vn.motcua.events.sla.DossierSlaEvent;

/** Deadline events waiting for their dossier's receipt, in the order they came. */
@ApplicationScoped
public class ParkedSlaEvents {
    private final EntityManager em;

    public ParkedSlaEvents(EntityManager em) {
        this.em = em;
    }

    /**
     * Serialises, per dossier, the receipt and its deadline events until the transaction ends: without it a deadline
     * event parked while the receipt is being stored (two consumers, two transactions) is never replayed.
     */
    public void lockDossier(String dossierCode) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "notification-dossier:" + dossierCode).getSingleResult();
    }

    /**
     * Parks the event under a name-based id of its type and JSON, so that the same event parked twice (a
     * republished duplicate) is one row and replays once.
     */
    public void park(DossierSlaEvent event, Instant at) {
        String ceType = EventTypes.typeOf(event.getClass());
        byte[] payload = EventJson.write(event);
        UUID eventId = UUID.nameUUIDFromBytes((ceType + "\n" + new String(payload, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
        em.createNativeQuery("insert into parked_sla_event (event_id, dossier_code, ce_type, payload, parked_at) "
                        + "values (:id, :code, :type, :payload, :at) on conflict (event_id) do nothing")
                .setParameter("id", eventId).setParameter("code", event.dossierCode()).setParameter("type", ceType)
                .setParameter("payload", payload).setParameter("at", at).executeUpdate();
    }

    /** Removes and returns the events parked for a dossier, oldest first. */
    @SuppressWarnings("unchecked")
    public List<DossierSlaEvent> takeFor(String dossierCode) {
        List<Object[]> rows = em.createNativeQuery("delete from parked_sla_event where dossier_code = :code "
                        + "returning ce_type, payload, parked_at")
                .setParameter("code", dossierCode).getResultList();
        return rows.stream()
                .sorted((a, b) -> String.valueOf(a[2]).compareTo(String.valueOf(b[2])))
                .map(row -> (DossierSlaEvent) EventJson.read((byte[]) row[1], (String) row[0]))
                .toList();
    }
}
