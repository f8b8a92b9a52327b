package vn.motcua.sla.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The period of an official report on the handling of dossiers, in calendar months as the statistics count them:
 * a month, a quarter, the first or last six months, the first nine months or the year. {@code number} is the month
 * (1-12), the quarter (1-4) or the half (1-2); 0 for nine months and the year.
 */
public record ReportPeriod(Kind kind, int year, int number) {

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
        return start().plusMonths(months).minusDays(1);
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
}
