package vn.motcua.intake.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import vn.motcua.events.PlannedStep;
import vn.motcua.intake.domain.Codes;

/** One step of a procedure's plan: name, the unit expected to do it (optional), its time in the processing time's unit. */
public record StepRequest(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 60) @Pattern(regexp = Codes.AGENCY, message = Codes.AGENCY_RULE) String unitCode,
        @NotNull @Positive @Max(3650) Integer amount) {

    public PlannedStep toStep() {
        return new PlannedStep(name.strip(), unitCode, amount);
    }
}
