package vn.motcua.intake.service;

/** The answer to a receipt or an import: the first dossier code and the response body (the first one again for a replayed key). */
public record Outcome(String dossierCode, String body, boolean replayed) {
}
