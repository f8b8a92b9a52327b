package vn.motcua.sla.domain;

/** A field (lĩnh vực) seen on dossiers, with its label. */
public record DossierField(String code, String name) {
}
