package vn.motcua.processing.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of POST /api/v1/dossiers/transitions: officers' actions applied in order, all or none. Each names the dossier,
 * the action (the single endpoint's path segment) and the body that endpoint takes (read once the action is known).
 */
public record TransitionBatchRequest(@NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid Item> transitions) {

    /** One action on one dossier. */
    public record Item(@NotBlank @Size(max = 100) String dossierCode, @NotBlank String action, JsonNode body) {
    }
}
