package vn.motcua.reporting;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.time.VnFormat;
import vn.motcua.support.time.VnTime;

/**
 * The period of an official report: a month, a quarter, the first or last six months, the first nine months or the
 * year. {@code number} is the month (1-12), the quarter (1-4) or the half (1-2); 0 for nine months and the year.
 * Its dates follow the {@link Cutoff}: the calendar months, or Decree 09/2019/NĐ-CP art. 12's reporting data period.
 */
public record ReportPeriod(Kind kind, int year, int number, Cutoff cutoff) {

    /** Which days a period's figures cover. */
    public enum Cutoff {
        /** Decree 09/2019/NĐ-CP art. 12: from the 15th of the month before the period to the 14th of its last month. */
        DECREE_09("decree-09"),
        /** From the 1st of the period's first month to the last day of its last month. */
        CALENDAR("calendar");

        private final String parameter;

        Cutoff(String parameter) {
            this.parameter = parameter;
        }

        public static Optional<Cutoff> parse(String text) {
            String wanted = text.trim().toLowerCase(Locale.ROOT);
            return java.util.Arrays.stream(values()).filter(c -> c.parameter.equals(wanted)).findFirst();
        }
    }

    /** A period in calendar months. */
    public ReportPeriod(Kind kind, int year, int number) {
        this(kind, year, number, Cutoff.CALENDAR);
    }

    public enum Kind {
        MONTH("month", 12), QUARTER("quarter", 4), HALF("half", 2), NINE_MONTHS("nine-months", 0), YEAR("year", 0);

        private final String parameter;
        private final int numbers;

        Kind(String parameter, int numbers) {
            this.parameter = parameter;
            this.numbers = numbers;
        }

        /** As written in the query, e.g. {@code nine-months}. */
        public String parameter() {
            return parameter;
        }

        /** How many periods of this kind a year has; 0 when the kind names one period (no number). */
        public int numbers() {
            return numbers;
        }

        public static Optional<Kind> parse(String text) {
            String wanted = text.trim().toLowerCase(Locale.ROOT);
            for (Kind k : values()) {
                if (k.parameter.equals(wanted)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    public ReportPeriod {
        if (kind.numbers() == 0 ? number != 0 : number < 1 || number > kind.numbers()) {
            throw new IllegalArgumentException("number " + number + " for " + kind);
        }
    }

    public LocalDate start() {
        LocalDate first = firstMonth();
        return cutoff == Cutoff.DECREE_09 ? first.minusMonths(1).withDayOfMonth(15) : first;
    }

    private LocalDate firstMonth() {
        return switch (kind) {
            case MONTH -> LocalDate.of(year, number, 1);
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            case HALF -> LocalDate.of(year, number == 1 ? 1 : 7, 1);
            case NINE_MONTHS, YEAR -> LocalDate.of(year, 1, 1);
        };
    }

    /** The last day, inclusive. */
    public LocalDate end() {
        int months = switch (kind) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case HALF -> 6;
            case NINE_MONTHS -> 9;
            case YEAR -> 12;
        };
        LocalDate last = firstMonth().plusMonths(months).minusDays(1);
        return cutoff == Cutoff.DECREE_09 ? last.withDayOfMonth(14) : last;
    }

    /** As the reports' titles write it: "Tháng 11 năm 2026", "Quý IV năm 2026", "6 tháng đầu năm 2026"... */
    public String label() {
        return switch (kind) {
            case MONTH -> "Tháng " + number + " năm " + year;
            case QUARTER -> "Quý " + "I II III IV".split(" ")[number - 1] + " năm " + year;
            case HALF -> (number == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case NINE_MONTHS -> "9 tháng năm " + year;
            case YEAR -> "Năm " + year;
        };
    }

    /**
     * "(Số liệu từ ngày 15/10/2026 đến ngày 14/11/2026, kỳ báo cáo theo Điều 12 Nghị định 09/2019/NĐ-CP)"; while the
     * period runs, up to {@code asOf}, and that it has not ended.
     */
    public String range(java.time.Instant asOf) {
        String to = VnTime.dateOf(asOf).isAfter(end()) ? "ngày " + VnFormat.date(end())
                : VnFormat.dateTime(asOf) + "; kỳ báo cáo chưa kết thúc";
        return "(Số liệu từ ngày " + VnFormat.date(start()) + " đến " + to
                + (cutoff == Cutoff.DECREE_09 ? ", kỳ báo cáo theo Điều 12 Nghị định 09/2019/NĐ-CP)" : ")");
    }

    /** For file names: {@code 2026-11}, {@code 2026-Q4}, {@code 2026-H1}, {@code 2026-9M}, {@code 2026}. */
    public String slug() {
        return switch (kind) {
            case MONTH -> "%d-%02d".formatted(year, number);
            case QUARTER -> year + "-Q" + number;
            case HALF -> year + "-H" + number;
            case NINE_MONTHS -> year + "-9M";
            case YEAR -> String.valueOf(year);
        };
    }

    /**
     * The period a report's query asks for ({@code period}, {@code year}: default this year, {@code number}), or a 400
     * naming the parameter; one that has not begun yet is refused (its report would be empty).
     */
    public static ReportPeriod parse(String period, String year, String number, String cutoff, LocalDate today) {
        if (period == null || period.isBlank()) {
            throw ProblemException.badRequest("period", "required: one of month, quarter, half, nine-months, year");
        }
        Kind kind = Kind.parse(period).orElseThrow(() -> ProblemException.badRequest(
                "period", "one of month, quarter, half, nine-months, year"));
        int y = year == null || year.isBlank() ? today.getYear() : year(year);
        int n = number(kind, number);
        Cutoff days = cutoff == null || cutoff.isBlank() ? Cutoff.DECREE_09 : Cutoff.parse(cutoff).orElseThrow(
                () -> ProblemException.badRequest("cutoff", "one of decree-09 (the default), calendar"));
        ReportPeriod chosen = new ReportPeriod(kind, y, n, days);
        if (chosen.start().isAfter(today)) {
            throw ProblemException.badRequest(y > today.getYear() ? "year" : "number",
                    "the period " + chosen.label() + " has not begun");
        }
        return chosen;
    }

    private static int year(String value) {
        if (!value.trim().matches("\\d{4}") || Integer.parseInt(value.trim()) < 2000) {
            throw ProblemException.badRequest("year", "a year as YYYY, from 2000");
        }
        return Integer.parseInt(value.trim());
    }

    private static int number(Kind kind, String value) {
        boolean blank = value == null || value.isBlank();
        if (kind.numbers() == 0) {
            if (!blank) {
                throw ProblemException.badRequest("number", "not used with period=" + kind.parameter());
            }
            return 0;
        }
        if (blank) {
            if (kind == Kind.HALF) {
                return 1;
            }
            throw ProblemException.badRequest("number", "required with period=" + kind.parameter() + ": 1 to "
                    + kind.numbers());
        }
        String text = value.trim();
        if (!text.matches("\\d{1,2}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > kind.numbers()) {
            throw ProblemException.badRequest("number", "with period=" + kind.parameter() + ": 1 to " + kind.numbers());
        }
        return Integer.parseInt(text);
    }
}
