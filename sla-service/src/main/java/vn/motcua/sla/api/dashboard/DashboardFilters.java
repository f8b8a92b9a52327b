package vn.motcua.sla.api.dashboard;

import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.motcua.sla.api.StatsParams;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.time.VnFormat;

/**
 * The dashboard's filters as carried by its URL (so a view can be shared): {@code period=month&month=2026-11},
 * {@code period=quarter&quarter=2026-Q4}, {@code period=year&year=2026} or {@code period=custom&from=&to=}, then
 * {@code agency}, {@code subunits=false}, {@code level}, {@code field}, {@code channel}. Blank means "all".
 */
public record DashboardFilters(String period, YearMonth month, String quarter, int year, LocalDate from, LocalDate to,
        String agency, boolean subunits, String level, String field, String channel) {
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public static DashboardFilters parse(MultivaluedMap<String, String> query, LocalDate today) {
        String period = text(query, "period");
        period = period == null ? "month" : period.toLowerCase(Locale.ROOT);
        if (!period.matches("month|quarter|year|custom")) {
            throw ProblemException.badRequest("period", "one of month, quarter, year, custom");
        }
        YearMonth month = month(text(query, "month"), YearMonth.from(today));
        String quarter = text(query, "quarter");
        if (quarter == null) {
            quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        } else if (!QUARTER.matcher(quarter.toUpperCase(Locale.ROOT)).matches()) {
            throw ProblemException.badRequest("quarter", "a quarter as YYYY-Qn");
        }
        int year = year(text(query, "year"), today.getYear());
        LocalDate from = StatsParams.date("from", text(query, "from"), today.withDayOfYear(1));
        LocalDate to = StatsParams.date("to", text(query, "to"), today);
        String subunits = text(query, "subunits");
        return new DashboardFilters(period, month, quarter.toUpperCase(Locale.ROOT), year, from, to,
                text(query, "agency"), !"false".equalsIgnoreCase(subunits), StatsParams.level(text(query, "level")),
                text(query, "field"), StatsParams.channel(text(query, "channel")));
    }

    /** First day of the chosen period. */
    public LocalDate start() {
        return switch (period) {
            case "month" -> month.atDay(1);
            case "quarter" -> quarterStart();
            case "year" -> LocalDate.of(year, 1, 1);
            default -> from;
        };
    }

    /** Last day of the chosen period (inclusive). */
    public LocalDate end() {
        return switch (period) {
            case "month" -> month.atEndOfMonth();
            case "quarter" -> quarterStart().plusMonths(3).minusDays(1);
            case "year" -> LocalDate.of(year, 12, 31);
            default -> to;
        };
    }

    private LocalDate quarterStart() {
        Matcher m = QUARTER.matcher(quarter);
        m.matches();
        return LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
    }

    /** "Tháng 11/2026", "Quý 4/2026", "Năm 2026" or "01/01/2026 – 31/03/2026". */
    public String periodLabel() {
        return switch (period) {
            case "month" -> "Tháng %02d/%d".formatted(month.getMonthValue(), month.getYear());
            case "quarter" -> "Quý %s/%s".formatted(quarter.substring(6), quarter.substring(0, 4));
            case "year" -> "Năm " + year;
            default -> VnFormat.date(from) + " – " + VnFormat.date(to);
        };
    }

    /** The filters as a URL query, only what differs from "all" (the period is always named). */
    public String query() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("period", period);
        switch (period) {
            case "month" -> params.put("month", month.toString());
            case "quarter" -> params.put("quarter", quarter);
            case "year" -> params.put("year", String.valueOf(year));
            default -> {
                params.put("from", from.toString());
                params.put("to", to.toString());
            }
        }
        putIfSet(params, "agency", agency);
        if (!subunits) {
            params.put("subunits", "false");
        }
        putIfSet(params, "level", level);
        putIfSet(params, "field", field);
        putIfSet(params, "channel", channel);
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void putIfSet(Map<String, String> params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }

    private static String text(MultivaluedMap<String, String> query, String name) {
        String value = query.getFirst(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static YearMonth month(String value, YearMonth fallback) {
        try {
            return value == null ? fallback : YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("month", "a month as YYYY-MM");
        }
    }

    private static int year(String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (!value.matches("\\d{4}")) {
            throw ProblemException.badRequest("year", "a year as YYYY");
        }
        return Integer.parseInt(value);
    }
}
