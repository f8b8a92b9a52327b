package vn.motcua.support.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Vietnam's civil time. Business rules and everything shown to people use it; events and the
 * database keep instants. REST responses render instants with the +07:00 offset.
 */
public final class VnTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VnTime() {
    }

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
    }

    public static LocalDate dateOf(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toLocalDate();
    }
}
