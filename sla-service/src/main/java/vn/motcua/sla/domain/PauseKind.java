package vn.motcua.sla.domain;

/** Why the SLA clock stopped: supplement requested from the applicant, or waiting for fees and taxes. */
public enum PauseKind {
    SUPPLEMENT, FEES
}
