package vn.motcua.events;

/** Whether a supplement request pauses the clock or restarts it when the complete dossier arrives. */
public enum SupplementPolicy {
    PAUSE, RESTART
}
