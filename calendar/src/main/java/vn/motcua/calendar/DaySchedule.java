package vn.motcua.calendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The opening hours of one day as sorted, disjoint {@code [start, end)} seconds of the day. */
final class DaySchedule {

    static final DaySchedule CLOSED = new DaySchedule(new int[0], new int[0]);

    private final int[] starts;
    private final int[] ends;

    private DaySchedule(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** Sessions are sorted and touching ones merged, so that 11:30 between 07:30-11:30 and 11:30-17:00 is open. */
    static DaySchedule of(List<Session> sessions) {
        List<Session> sorted = new ArrayList<>(sessions);
        sorted.sort(Comparator.comparing(Session::start));
        List<int[]> merged = new ArrayList<>();
        for (Session session : sorted) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && session.startSecond() <= last[1]) {
                last[1] = Math.max(last[1], session.endSecond());
            } else {
                merged.add(new int[] {session.startSecond(), session.endSecond()});
            }
        }
        return new DaySchedule(merged.stream().mapToInt(p -> p[0]).toArray(),
                merged.stream().mapToInt(p -> p[1]).toArray());
    }

    boolean isWorking() {
        return starts.length > 0;
    }

    int size() {
        return starts.length;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    int open() {
        return starts[0];
    }

    int close() {
        return ends[ends.length - 1];
    }
}
