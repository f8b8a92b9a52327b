package vn.motcua.notification.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese documents write them, in Asia/Ho_Chi_Minh: 11/06/2025 17:00. */
public final class VnFormat {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút'");

    private VnFormat() {
    }

    public static String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(ZONE));
    }

    public static String date(Instant at) {
        return at == null ? "" : DATE.format(at.atZone(ZONE));
    }

    /** "17 giờ 00 phút, ngày 11/06/2025", the appointment line of the official forms. */
    public static String appointment(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(ZONE)) + ", ngày " + DATE.format(at.atZone(ZONE));
    }

    /** "ngày 05 tháng 06 năm 2025", the date line under the national motto. */
    public static String letterDate(Instant at) {
        ZonedDateTime d = at.atZone(ZONE);
        return String.format("ngày %02d tháng %02d năm %d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    public static int year(Instant at) {
        return at.atZone(ZONE).getYear();
    }
}
