package vn.motcua.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Letter serial numbers per agency and year; the row lock of the upsert serialises concurrent issuers. */
@ApplicationScoped
public class SerialNumbers {
    private final EntityManager em;

    public SerialNumbers(EntityManager em) {
        this.em = em;
    }

    public int next(String agencyCode, int year) {
        return ((Number) em.createNativeQuery("insert into notice_serial (agency_code, year, last_number) "
                + "values (:agency, :year, 1) on conflict (agency_code, year) "
                + "do update set last_number = notice_serial.last_number + 1 returning last_number")
                .setParameter("agency", agencyCode).setParameter("year", year).getSingleResult()).intValue();
    }
}
