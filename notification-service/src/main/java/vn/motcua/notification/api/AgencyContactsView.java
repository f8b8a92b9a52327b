package vn.motcua.notification.api;

import java.time.OffsetDateTime;

/** The addresses alerts for an agency go to, and whether they come from the directory or the fallback pattern. */
public record AgencyContactsView(String agencyCode, String leaderEmail, String operatorEmail, String counterEmail,
        boolean configured, OffsetDateTime updatedAt) {
}
