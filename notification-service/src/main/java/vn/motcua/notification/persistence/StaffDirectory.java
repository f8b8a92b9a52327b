package vn.motcua.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.motcua.notification.config.NotificationConfig;
import vn.motcua.notification.domain.AgencyContact;

/** Who to alert at an agency: its directory entry, else the configured address patterns. */
@ApplicationScoped
public class StaffDirectory {
    private final AgencyContactRepository contacts;
    private final NotificationConfig.Directory config;

    public StaffDirectory(AgencyContactRepository contacts, NotificationConfig config) {
        this.contacts = contacts;
        this.config = config.directory();
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

    private static String pattern(String pattern, String agencyCode) {
        return pattern.replace("{agencyCode}", agencyCode.toLowerCase());
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
