package vn.motcua.intake.domain;

/**
 * A document handed in with a dossier: name, original (true) or copy, quantity, whether it was digitised (scanned
 * or received as an electronic document) and whether it was reused from the national portal's data store rather
 * than asked of the applicant again (Decision 766's digitisation group). A reused document is digital.
 */
public record ReceivedDocument(String name, boolean original, int quantity, boolean digitised,
        boolean reusedFromPortal) {
}
