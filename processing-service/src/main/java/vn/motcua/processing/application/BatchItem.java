package vn.motcua.processing.application;

/** One action of a batch: the dossier it names and its request. */
public interface BatchItem {

    String dossierCode();

    /**
     * The action, read only when its turn comes, so that a refusal of an earlier item is the one reported.
     *
     * @throws vn.motcua.support.api.ProblemException when the item does not read as an action (already naming it)
     */
    ActionRequest request();
}
