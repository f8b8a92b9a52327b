package vn.motcua.calendar;

/** Unit of a legal processing time. */
public enum WorkingTimeUnit {
    WORKING_DAYS,
    WORKING_HOURS,
    CALENDAR_DAYS
}
