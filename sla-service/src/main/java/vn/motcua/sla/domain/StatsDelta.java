package vn.motcua.sla.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One row of the statistics journal: a dossier's delta on one day, under the dimensions reports filter by. */
@Entity
@Table(name = "stats_delta")
public class StatsDelta {
    /** Absent dimension values (a level or field the event did not give) are stored as this, to be part of a key. */
    public static final String NONE = "-";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stats_delta_seq")
    @SequenceGenerator(name = "stats_delta_seq", sequenceName = "stats_delta_seq", allocationSize = 50)
    public Long id;
    @Column(nullable = false)
    public LocalDate day;
    @Column(name = "agency_code", nullable = false)
    public String agencyCode;
    @Column(nullable = false)
    public String level;
    @Column(name = "field_code", nullable = false)
    public String fieldCode;
    @Column(name = "procedure_code", nullable = false)
    public String procedureCode;
    @Column(nullable = false)
    public String channel;
    public int received;
    @Column(name = "received_in_person")
    public int receivedInPerson;
    @Column(name = "received_online")
    public int receivedOnline;
    @Column(name = "received_postal")
    public int receivedPostal;
    public int resolved;
    public int early;
    @Column(name = "on_time")
    public int onTime;
    public int late;
    @Column(name = "apologised_in_time")
    public int apologisedInTime;
    @Column(name = "apologised_late")
    public int apologisedLate;
    @Column(name = "never_apologised")
    public int neverApologised;
    @Column(name = "d_open")
    public int open;
    @Column(name = "d_overdue")
    public int overdue;
    @Column(name = "d_paused")
    public int paused;

    public static StatsDelta of(TrackedDossier d, LocalDate day, StatsDeltaValues v) {
        StatsDelta row = new StatsDelta();
        row.day = day;
        row.agencyCode = d.decidingAgencyCode;
        row.level = d.decidingAgencyLevel == null ? NONE : d.decidingAgencyLevel;
        row.fieldCode = d.fieldCode == null ? NONE : d.fieldCode;
        row.procedureCode = d.procedureCode;
        row.channel = d.channel.name();
        row.received = v.received();
        row.receivedInPerson = v.receivedInPerson();
        row.receivedOnline = v.receivedOnline();
        row.receivedPostal = v.receivedPostal();
        row.resolved = v.resolved();
        row.early = v.early();
        row.onTime = v.onTime();
        row.late = v.late();
        row.apologisedInTime = v.apologisedInTime();
        row.apologisedLate = v.apologisedLate();
        row.neverApologised = v.neverApologised();
        row.open = v.open();
        row.overdue = v.overdue();
        row.paused = v.paused();
        return row;
    }
}
