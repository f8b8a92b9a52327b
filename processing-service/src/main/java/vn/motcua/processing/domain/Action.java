package vn.motcua.processing.domain;

/** What an officer can do to a dossier; {@link #path()} is the REST sub-resource that does it. */
public enum Action {
    ASSIGN("assign", "Chuyển xử lý"),
    REQUEST_SUPPLEMENT("supplement-requests", "Yêu cầu bổ sung hồ sơ"),
    RECEIVE_SUPPLEMENT("supplements", "Nhận hồ sơ bổ sung"),
    REQUEST_FEES("fee-requests", "Yêu cầu thực hiện nghĩa vụ tài chính"),
    RECORD_FEE_PAYMENT("fee-payments", "Đã thực hiện nghĩa vụ tài chính"),
    RESCHEDULE("reschedule", "Hẹn lại ngày trả kết quả"),
    COMPLETE("complete", "Hoàn thành xử lý"),
    RETURN("return", "Trả kết quả"),
    REFUSE("refuse", "Từ chối giải quyết"),
    WITHDRAW("withdraw", "Rút hồ sơ theo yêu cầu"),
    STOP("stop", "Dừng xử lý");

    private final String path;
    private final String label;

    Action(String path, String label) {
        this.path = path;
        this.label = label;
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    /** The Vietnamese label of a history line's action ({@code receive} included). */
    public static String labelOf(String path) {
        for (Action a : values()) {
            if (a.path.equals(path)) {
                return a.label;
            }
        }
        return HistoryEntry.RECEIVE.equals(path) ? "Tiếp nhận hồ sơ" : path;
    }
}
