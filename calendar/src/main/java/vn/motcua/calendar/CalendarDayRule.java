package vn.motcua.calendar;

/** What a {@link WorkingTimeUnit#CALENDAR_DAYS} deadline becomes when its last day is a day off. */
public enum CalendarDayRule {
    /** Moved to the first opening of the next working day (default). */
    NEXT_WORKING_OPENING,
    /**
     * Moved to the close of the next working day, as Civil Code 2015 art. 148(4) reads for periods counted in days
     * ("thời hạn kết thúc tại thời điểm kết thúc ngày làm việc tiếp theo ngày nghỉ đó").
     */
    NEXT_WORKING_DAY_END,
    /** Kept exactly N days after receipt, even on a day off. */
    EXACT
}
