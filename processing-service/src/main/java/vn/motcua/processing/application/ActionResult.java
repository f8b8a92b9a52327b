package vn.motcua.processing.application;

import java.util.List;
import vn.motcua.processing.domain.Warning;

/** An accepted action: the dossier as it now is, and what the officer should know although it was accepted. */
public record ActionResult(DossierDetails dossier, List<Warning> warnings) {
    public ActionResult {
        warnings = List.copyOf(warnings);
    }
}
