package vn.motcua.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import vn.motcua.notification.config.NotificationConfig;
import vn.motcua.notification.domain.AgencyContact;
import vn.motcua.notification.persistence.AgencyContactRepository;

/** Who to alert at an agency: its directory entry, else the configured address patterns. */
@ApplicationScoped
public class StaffDirectory {
    private final AgencyContactRepository contacts;
    private final NotificationConfig.Directory config;
    private final Clock clock;

    public StaffDirectory(AgencyContactRepository contacts, NotificationConfig config, Clock clock) {
        this.contacts = contacts;
        this.config = config.directory();
        this.clock = clock;
    }

    public String leader(String agencyCode) {
        return entry(agencyCode).map(c -> c.leaderEmail).filter(StaffDirectory::present)
                .orElseGet(() -> pattern(config.leaderPattern(), agencyCode));
    }

    public String operator(String agencyCode) {
        return entry(agencyCode).map(c -> c.operatorEmail).filter(StaffDirectory::present)
                .orElseGet(() -> pattern(config.operatorPattern(), agencyCode));
    }

    public String counter(String agencyCode) {
        return entry(agencyCode).map(c -> c.counterEmail).filter(StaffDirectory::present)
                .orElseGet(() -> pattern(config.counterPattern(), agencyCode));
    }

    public Optional<AgencyContact> entry(String agencyCode) {
        return contacts.findByIdOptional(agencyCode);
    }

    /** Creates or replaces the agency's entry; an absent address falls back to its pattern. */
    @Transactional
    public void save(String agencyCode, String leaderEmail, String operatorEmail, String counterEmail) {
        AgencyContact entry = contacts.findByIdOptional(agencyCode).orElseGet(AgencyContact::new);
        boolean isNew = entry.agencyCode == null;
        entry.agencyCode = agencyCode;
        entry.leaderEmail = leaderEmail;
        entry.operatorEmail = operatorEmail;
        entry.counterEmail = counterEmail;
        entry.updatedAt = clock.instant();
        if (isNew) {
            contacts.persist(entry);
        }
    }

    private static String pattern(String pattern, String agencyCode) {
        return pattern.replace("{agencyCode}", agencyCode.toLowerCase());
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
