package vn.motcua.events;

/** A legal processing time: amount and unit. */
public record ProcessingTime(int amount, ProcessingTimeUnit unit) {
}
