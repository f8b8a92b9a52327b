package vn.motcua.sla.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.motcua.sla.domain.AgencyNode;
import vn.motcua.sla.domain.DossierField;
import vn.motcua.sla.persistence.DashboardQueries;

/** The dashboard's reads besides the statistics: its agency and field choices and the fingerprint of the data. */
@ApplicationScoped
public class DashboardReads {
    private static final Duration FIELDS_TTL = Duration.ofMinutes(1);
    // the field list's cache age is real time, not the (adjustable) business clock
    private static final Clock WALL_CLOCK = Clock.systemUTC();

    private final DashboardQueries queries;
    private volatile List<DossierField> fields;
    private volatile Instant fieldsReadAt = Instant.EPOCH;

    public DashboardReads(DashboardQueries queries) {
        this.queries = queries;
    }

    /** The subtree of {@code root} in tree order (every agency when root is null). */
    public List<AgencyNode> subtree(String root) {
        return queries.subtree(root);
    }

    /** The fields seen on dossiers, read again at most once a minute (new fields are rare). */
    public List<DossierField> fields() {
        Instant now = WALL_CLOCK.instant();
        if (fields == null || fieldsReadAt.plus(FIELDS_TTL).isBefore(now)) {
            fields = queries.fields();
            fieldsReadAt = now;
        }
        return fields;
    }

    /** Changes when any dossier changes or becomes overdue by the passing of time. */
    public String fingerprint(Instant now) {
        return queries.fingerprint(now);
    }
}
