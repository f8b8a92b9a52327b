package vn.motcua.events;

/** Unit of a procedure's legal processing time. */
public enum ProcessingTimeUnit {
    WORKING_DAYS, WORKING_HOURS, CALENDAR_DAYS
}
