package vn.motcua.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Staff directory entry of an agency: who receives its alerts, escalations and the counter's copies. */
@Entity
@Table(name = "agency_contact")
public class AgencyContact {
    @Id
    @Column(name = "agency_code")
    public String agencyCode;
    @Column(name = "leader_email")
    public String leaderEmail;
    @Column(name = "operator_email")
    public String operatorEmail;
    @Column(name = "counter_email")
    public String counterEmail;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
