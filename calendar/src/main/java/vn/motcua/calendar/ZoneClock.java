package vn.motcua.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;

/**
 * Converts between instants and local (epoch day, second of day) in one zone. Fixed-offset zones such as
 * Asia/Ho_Chi_Minh take a pure arithmetic path; zones with DST go through the zone rules, a local time in a
 * spring-forward gap moving forward by the gap and one in a fall-back overlap taking the earlier offset.
 */
final class ZoneClock {

    static final int DAY = 86_400;

    private final ZoneId zone;
    private final ZoneRules rules;
    private final boolean fixed;
    private final int fixedOffset;

    ZoneClock(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.fixed = rules.isFixedOffset();
        this.fixedOffset = fixed ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : 0;
    }

    ZoneId zone() {
        return zone;
    }

    /** The epoch second of a local time; a second of day of 86400 is the next day's midnight. */
    long epochSecond(long epochDay, int secondOfDay) {
        if (fixed) {
            return epochDay * DAY + secondOfDay - fixedOffset;
        }
        LocalDateTime local = LocalDate.ofEpochDay(epochDay).atStartOfDay().plusSeconds(secondOfDay);
        return ZonedDateTime.ofLocal(local, zone, null).toEpochSecond();
    }

    /** The local wall-clock time of an instant, as seconds since the local epoch. */
    long localEpochSecond(long epochSecond) {
        if (fixed) {
            return epochSecond + fixedOffset;
        }
        return epochSecond + rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    }
}
