package vn.motcua.sla.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import vn.motcua.events.AgencyLevel;
import vn.motcua.events.Channel;
import vn.motcua.support.api.ProblemException;

/** Parses the statistics' query parameters into their types, as 400 problems naming the parameter. */
public final class StatsParams {
    private StatsParams() {
    }

    public static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "a date as YYYY-MM-DD");
        }
    }

    public static String level(String value) {
        return enumName("level", value, AgencyLevel.class);
    }

    public static String channel(String value) {
        return enumName("channel", value, Channel.class);
    }

    private static <E extends Enum<E>> String enumName(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "unknown " + name + " " + value);
        }
    }
}
