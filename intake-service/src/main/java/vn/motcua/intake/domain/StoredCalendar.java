package vn.motcua.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A calendar as served and published: its validated JSON (vn.motcua.calendar.CalendarJson). */
@Entity
@Table(name = "calendar")
public class StoredCalendar {
    @Id
    public String id;

    @Column(nullable = false)
    public String definition;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
