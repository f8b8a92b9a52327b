package vn.motcua.events;

/**
 * How far a procedure can be done online (Decree 42/2022/NĐ-CP art. 11): {@code FULL} "dịch vụ công trực tuyến toàn
 * trình", {@code PARTIAL} "một phần", {@code NONE} information only. Decision 766's online-service group counts
 * dossiers by it.
 */
public enum OnlineLevel {
    FULL, PARTIAL, NONE
}
