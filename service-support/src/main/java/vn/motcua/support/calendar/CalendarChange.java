package vn.motcua.support.calendar;

/** A record of calendar.v1: the calendar's JSON as intake serves it, or {@code json == null} when it was deleted. */
public record CalendarChange(String id, String json) {

    public boolean deleted() {
        return json == null;
    }
}
