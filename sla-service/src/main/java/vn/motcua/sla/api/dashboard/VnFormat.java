package vn.motcua.sla.api.dashboard;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.motcua.events.AgencyLevel;
import vn.motcua.events.Channel;

/** Vietnamese display formats: 1.234 (thousands with '.'), 98,8% (decimal comma), 21/11/2026, and enum labels. */
public final class VnFormat {
    public static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");

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

    public static String dateTime(OffsetDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
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
