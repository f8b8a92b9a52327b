package vn.motcua.support.time;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.motcua.events.AgencyLevel;
import vn.motcua.events.Channel;

/**
 * How Vietnamese documents and pages write numbers, dates and labels, in {@link VnTime#ZONE}: 1.234 (thousands
 * with '.'), 98,8% (decimal comma), 11/06/2025 17:00, "17 giờ 00 phút, ngày 11/06/2025".
 */
public final class VnFormat {
    public static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");
    private static final DateTimeFormatter APPOINTMENT = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút, ngày' dd/MM/yyyy");

    private VnFormat() {
    }

    private static DecimalFormat format(String pattern) {
        // explicit symbols: the JDK's locale data has varied between versions, the national format has not
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(VI);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols);
    }

    public static String number(long n) {
        return format("#,##0").format(n);
    }

    /** A figure with {@code decimals} decimals, "4,25"; "—" when there is none. */
    public static String decimal(BigDecimal value, int decimals) {
        return value == null ? "—" : format(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)).format(value);
    }

    /** A percentage with one decimal, "98,8%"; "—" when there is nothing to rate. */
    public static String percent(BigDecimal rate) {
        return rate == null ? "—" : format("#,##0.0").format(rate) + "%";
    }

    public static String percent(double rate) {
        return format("#,##0.0").format(rate) + "%";
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String date(OffsetDateTime time) {
        return time == null ? "" : DATE.format(time);
    }

    public static String date(Instant at) {
        return at == null ? "" : DATE.format(at.atZone(VnTime.ZONE));
    }

    /** "11/06/2025 17:00". */
    public static String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(VnTime.ZONE));
    }

    /** "17:00:05 11/06/2025", to the second (the dashboard's "updated at"). */
    public static String timestamp(OffsetDateTime time) {
        return time == null ? "" : TIMESTAMP.format(time);
    }

    /** "17 giờ 00 phút, ngày 11/06/2025", the appointment line of the official forms. */
    public static String appointment(Instant at) {
        return at == null ? "" : APPOINTMENT.format(at.atZone(VnTime.ZONE));
    }

    /** "ngày 05 tháng 06 năm 2025", the date line under the national motto. */
    public static String letterDate(Instant at) {
        ZonedDateTime d = at.atZone(VnTime.ZONE);
        return String.format("ngày %02d tháng %02d năm %d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    public static String level(String level) {
        if (level == null || "-".equals(level)) {
            return "Chưa rõ cấp";
        }
        return switch (AgencyLevel.valueOf(level)) {
            case MINISTRY -> "Cấp bộ, ngành";
            case PROVINCE -> "Cấp tỉnh";
            case DISTRICT -> "Cấp huyện (trước 01/7/2025)";
            case COMMUNE -> "Cấp xã";
        };
    }

    public static String channel(String channel) {
        return switch (Channel.valueOf(channel)) {
            case IN_PERSON -> "Trực tiếp";
            case ONLINE -> "Trực tuyến";
            case POSTAL -> "Bưu chính công ích";
        };
    }
}
