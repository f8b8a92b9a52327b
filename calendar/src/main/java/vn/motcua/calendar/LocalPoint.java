package vn.motcua.calendar;

import java.time.Instant;

/** An instant together with its local day (in its year's index) and local second of that day. */
record LocalPoint(YearIndex year, int dayOfYear, int second, long epochSecond, int nano) {

    long epochDay() {
        return year.firstDay + dayOfYear;
    }

    DaySchedule schedule() {
        return year.days[dayOfYear];
    }

    Instant toInstant() {
        return Instant.ofEpochSecond(epochSecond, nano);
    }
}
