package vn.motcua.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Column;
import java.time.Instant;

/** A calendar as published on calendar.v1 (the JSON intake serves), kept for working-day arithmetic. */
@Entity
@Table(name = "business_calendar")
public class StoredCalendar {
    @Id
    public String id;
    public String definition;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
