package vn.motcua.processing.application;

import java.util.List;
import vn.motcua.processing.domain.Dossier;

/** One page of the officers' list and how many dossiers match in all. */
public record DossierList(long total, List<Dossier> items) {
}
