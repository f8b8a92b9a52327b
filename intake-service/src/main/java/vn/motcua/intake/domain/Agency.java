package vn.motcua.intake.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import vn.motcua.events.AgencyLevel;
import vn.motcua.events.AgencyRef;

/** An agency of the tree, with its materialised path of codes from the root down to itself. */
@Entity
@Table(name = "agency")
public class Agency {
    /** Separator of codes in {@link #path}; agency codes never contain it. */
    public static final String PATH_SEPARATOR = "/";

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgencyLevel level;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "calendar_id", nullable = false)
    public String calendarId;

    @Column(nullable = false)
    public boolean active;

    @Column(nullable = false)
    public String path;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public List<String> pathCodes() {
        return Arrays.asList(path.split(PATH_SEPARATOR));
    }

    /** The path of a child of this agency. */
    public String childPath(String childCode) {
        return path + PATH_SEPARATOR + childCode;
    }

    public AgencyRef toRef() {
        return new AgencyRef(code, name, level, pathCodes());
    }
}
