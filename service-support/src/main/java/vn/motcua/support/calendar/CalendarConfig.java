package vn.motcua.support.calendar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a service resolves business calendars ({@code motcua.calendar.*}). */
@ConfigMapping(prefix = "motcua.calendar")
public interface CalendarConfig {

    /** Calendar used when an agency names none, or names one this service does not know (yet). */
    @WithDefault("vn-national")
    String defaultId();

    /** How long a resolved calendar is reused before being re-read (another instance may have changed it). */
    @WithDefault("PT30S")
    Duration cacheTtl();

    /**
     * Keep a replica of calendar.v1 in this service's database ({@link CalendarReplica}); read at build time, as it
     * decides whether the replica's beans and consumer exist.
     */
    @WithDefault("false")
    boolean replica();
}
