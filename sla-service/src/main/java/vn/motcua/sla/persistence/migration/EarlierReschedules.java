package vn.motcua.sla.persistence.migration;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.calendar.CalendarJson;
import vn.motcua.support.calendar.Apologies;
import vn.motcua.support.calendar.CalendarCache;

/**
 * Judges the reschedules recorded before sla-service knew how an apology was made (apology still NONE): all were
 * officers', in time unless recorded after the last moment in time, one working day before the original appointment
 * on the dossier's calendar (Decree 61/2018/NĐ-CP art. 12), as processing-service judges its own; the calendars are
 * this service's replica, the shipped official ones as fallback. Idempotent: a judged dossier is no longer NONE.
 */
public final class EarlierReschedules {
    private static final int BATCH = 1000;

    private EarlierReschedules() {
    }

    /** How many reschedules were judged in time and late. */
    public record Judged(int inTime, int late) {
    }

    public static Judged judge(Connection c, String defaultCalendarId) throws SQLException {
        Map<String, String> stored = replica(c);
        CalendarCache calendars = new CalendarCache(id -> Optional.ofNullable(stored.get(id)).map(CalendarJson::parse),
                defaultCalendarId, Duration.ofDays(1));
        List<String> inTime = new ArrayList<>();
        List<String> late = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("select code, calendar_id, original_due_at, rescheduled_at"
                + " from tracked_dossier where rescheduled_at is not null and apology = 'NONE'")) {
            select.setFetchSize(BATCH);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    Instant original = instant(r.getTimestamp(3));
                    boolean isLate = original != null && Apologies.isLate(instant(r.getTimestamp(4)), original,
                            calendars.calendar(r.getString(2)));
                    (isLate ? late : inTime).add(r.getString(1));
                }
            }
        }
        set(c, "OFFICER_IN_TIME", inTime);
        set(c, "OFFICER_LATE", late);
        return new Judged(inTime.size(), late.size());
    }

    private static Map<String, String> replica(Connection c) throws SQLException {
        Map<String, String> definitions = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select id, definition from calendar_replica")) {
            while (r.next()) {
                definitions.put(r.getString(1), r.getString(2));
            }
        }
        return definitions;
    }

    private static void set(Connection c, String apology, List<String> codes) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "update tracked_dossier set apology = ? where code = any(?) and apology = 'NONE'")) {
            for (int from = 0; from < codes.size(); from += BATCH) {
                Array batch = c.createArrayOf("text", codes.subList(from, Math.min(codes.size(), from + BATCH)).toArray());
                update.setString(1, apology);
                update.setArray(2, batch);
                update.executeUpdate();
            }
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
