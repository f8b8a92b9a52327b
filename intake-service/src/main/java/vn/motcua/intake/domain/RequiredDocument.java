package vn.motcua.intake.domain;

/** A document of a dossier or of a procedure's list: name, original (true) or copy, quantity. */
public record RequiredDocument(String name, boolean original, int quantity) {
}
