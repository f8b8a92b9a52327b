package vn.motcua.events;

/** Administrative level of an agency; DISTRICT exists only in data before 1 July 2025 (Decree 118/2025/NĐ-CP). */
public enum AgencyLevel {
    MINISTRY, PROVINCE, DISTRICT, COMMUNE
}
