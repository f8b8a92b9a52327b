package vn.motcua.intake.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import vn.motcua.events.PlannedStep;

/** One step of a procedure's plan: name, the unit expected to do it (optional), its time in the processing time's unit. */
public record StepRequest(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 64) @Pattern(regexp = UNIT, message = UNIT_RULE) String unitCode,
        @NotNull @Positive @Max(3650) Integer amount) {

    /** An agency's code, or a unit inside it as the agency's code with suffixes ({@code 000.00.12.H56.01}). */
    static final String UNIT = "^(?:[0-9A-Z]{2,3}\\.){0,3}[A-Z][0-9]{2}(?:\\.[0-9A-Za-z]{1,10})*$";
    static final String UNIT_RULE = "must be a QCVN 102 agency code such as 000.17.22.H56, or a unit inside it as"
            + " the agency's code with a suffix such as 000.17.22.H56.01";

    public PlannedStep toStep() {
        return new PlannedStep(name.strip(), unitCode, amount);
    }
}
