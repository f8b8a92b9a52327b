package vn.motcua.calendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Union of intervals, so that overlapping pauses are counted once. */
final class Intervals {

    private Intervals() {
    }

    /** Disjoint, sorted intervals covering the same instants; touching intervals are merged. */
    static List<Interval> union(List<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparing(Interval::start));
        List<Interval> union = new ArrayList<>();
        for (Interval interval : sorted) {
            Interval last = union.isEmpty() ? null : union.get(union.size() - 1);
            if (last != null && !interval.start().isAfter(last.end())) {
                union.set(union.size() - 1, new Interval(last.start(),
                        interval.end().isAfter(last.end()) ? interval.end() : last.end()));
            } else {
                union.add(interval);
            }
        }
        return union;
    }
}
