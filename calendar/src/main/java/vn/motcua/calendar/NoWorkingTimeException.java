package vn.motcua.calendar;

/** Thrown when a calendar has no working time within the bounded search window. */
public class NoWorkingTimeException extends RuntimeException {

    public NoWorkingTimeException(String message) {
        super(message);
    }
}
