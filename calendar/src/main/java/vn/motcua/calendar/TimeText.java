package vn.motcua.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** The "HH:mm" text form of session times; "24:00" stands for the end of the day. */
final class TimeText {

    private static final Pattern HH_MM = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm");

    private TimeText() {
    }

    /** The time; {@link IllegalArgumentException} unless the text is strictly "HH:mm" (or "24:00"). */
    static LocalTime parse(String text) {
        if ("24:00".equals(text)) {
            return LocalTime.MAX;
        }
        if (!HH_MM.matcher(text).matches()) {
            throw new IllegalArgumentException("not HH:mm: " + text);
        }
        return LocalTime.parse(text);
    }

    static String format(LocalTime time) {
        return time.equals(LocalTime.MAX) ? "24:00" : FORMAT.format(time);
    }
}
