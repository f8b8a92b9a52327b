package vn.motcua.intake.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.motcua.intake.domain.RequiredDocument;

/** A document handed in (or required by a procedure): name, original (true) or copy, quantity. */
public record DocumentRequest(
        @NotBlank @Size(max = 500) String name,
        @NotNull Boolean original,
        @NotNull @Min(1) @Max(100) Integer quantity) {

    public RequiredDocument toDocument() {
        return new RequiredDocument(name.strip(), original, quantity);
    }
}
