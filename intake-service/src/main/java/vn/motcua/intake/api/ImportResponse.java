package vn.motcua.intake.api;

import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.intake.domain.Dossier;
import vn.motcua.support.time.VnTime;

/** Answer of POST /api/v1/dossiers/imports: per imported dossier, in request order, its code and appointment. */
public record ImportResponse(List<Imported> dossiers) {

    /** One imported dossier. */
    public record Imported(String dossierCode, OffsetDateTime receivedAt, OffsetDateTime dueAt) {
    }

    public static ImportResponse of(List<Dossier> dossiers) {
        return new ImportResponse(dossiers.stream()
                .map(d -> new Imported(d.code, VnTime.of(d.receivedAt), VnTime.of(d.dueAt))).toList());
    }
}
