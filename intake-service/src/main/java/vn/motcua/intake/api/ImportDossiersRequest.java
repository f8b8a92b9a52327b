package vn.motcua.intake.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.motcua.intake.domain.ReceiveDossier;

/**
 * Body of POST /api/v1/dossiers/imports: dossiers a previous system received, each the body of a single receipt with
 * its (past) receivedAt; imported all or none.
 */
public record ImportDossiersRequest(
        @NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid ReceiveDossierRequest> dossiers) {

    public List<ReceiveDossier> toCommands() {
        return dossiers.stream().map(ReceiveDossierRequest::toCommand).toList();
    }
}
