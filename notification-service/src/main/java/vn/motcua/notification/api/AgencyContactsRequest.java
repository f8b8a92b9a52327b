package vn.motcua.notification.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** Directory entry of an agency; an absent address falls back to the configured pattern. */
public record AgencyContactsRequest(
        @Email @Size(max = 200) String leaderEmail,
        @Email @Size(max = 200) String operatorEmail,
        @Email @Size(max = 200) String counterEmail) {
}
