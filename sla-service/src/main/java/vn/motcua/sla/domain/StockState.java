package vn.motcua.sla.domain;

/** Which stock of the report an open dossier is counted in: in progress within its deadline, overdue, or paused. */
public enum StockState {
    IN_TIME, OVERDUE, PAUSED
}
