package vn.motcua.events;

/** Dossier statuses with the national public-service portal's codes. */
public enum DossierStatus {
    REGISTERED(1, "Mới đăng ký"),
    RECEIVED(2, "Được tiếp nhận"),
    NOT_ACCEPTED(3, "Không được tiếp nhận"),
    IN_PROGRESS(4, "Đang xử lý"),
    SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung"),
    AWAITING_FEES(6, "Yêu cầu thực hiện nghĩa vụ tài chính"),
    WITHDRAWN(7, "Công dân yêu cầu rút hồ sơ"),
    STOPPED(8, "Dừng xử lý"),
    COMPLETED(9, "Đã xử lý xong"),
    RETURNED(10, "Đã trả kết quả");

    private final int code;
    private final String label;

    DossierStatus(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Statuses in which the SLA clock does not run. */
    public boolean isPaused() {
        return this == SUPPLEMENT_REQUESTED || this == AWAITING_FEES;
    }

    /** Statuses that end processing for statistics (docs/domain.md § Statistics). */
    public boolean endsProcessing() {
        return this == NOT_ACCEPTED || this == WITHDRAWN || this == STOPPED || this == COMPLETED || this == RETURNED;
    }

    public static DossierStatus ofCode(int code) {
        for (DossierStatus s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown dossier status code " + code);
    }
}
