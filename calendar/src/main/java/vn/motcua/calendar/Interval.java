package vn.motcua.calendar;

import java.time.Instant;
import java.util.Objects;

/** A half-open period {@code [start, end)} of real time, e.g. a pause while a supplement is awaited. */
public record Interval(Instant start, Instant end) {

    public Interval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("interval end " + end + " is before its start " + start);
        }
    }
}
