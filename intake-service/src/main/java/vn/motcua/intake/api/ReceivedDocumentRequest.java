package vn.motcua.intake.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.motcua.intake.domain.ReceivedDocument;

/**
 * A document handed in with a dossier: as a procedure lists it (name, original or copy, quantity), and whether it
 * was digitised and reused from the portal (both default false; reusedFromPortal needs digitised, else 400).
 */
public record ReceivedDocumentRequest(
        @NotBlank @Size(max = 500) String name,
        @NotNull Boolean original,
        @NotNull @Min(1) @Max(100) Integer quantity,
        Boolean digitised,
        Boolean reusedFromPortal) {

    public ReceivedDocument toDocument() {
        return new ReceivedDocument(name.strip(), original, quantity, Boolean.TRUE.equals(digitised),
                Boolean.TRUE.equals(reusedFromPortal));
    }
}
