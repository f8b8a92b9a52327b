package vn.motcua.calendar;

/** Kind of dated exception to the weekly sessions. */
public enum ExceptionType {
    /** Extra day off: holiday, compensatory day off (nghỉ bù) or swapped day (hoán đổi). */
    DAY_OFF,
    /** Extra working day, e.g. a make-up Saturday (ngày làm bù). */
    WORKING_DAY
}
