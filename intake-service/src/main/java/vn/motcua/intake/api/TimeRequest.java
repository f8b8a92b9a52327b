package vn.motcua.intake.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import vn.motcua.events.ProcessingTime;
import vn.motcua.events.ProcessingTimeUnit;

/** A legal processing time: amount and unit. */
public record TimeRequest(@NotNull @Positive @Max(3650) Integer amount, @NotNull ProcessingTimeUnit unit) {

    public ProcessingTime toTime() {
        return new ProcessingTime(amount, unit);
    }
}
