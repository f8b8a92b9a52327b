package vn.motcua.sla.domain;

/**
 * Decision 766/QĐ-TTg's five groups of the service index, with the maximum points the decision gives each (sum 100).
 */
public enum IndicatorGroup {
    TRANSPARENCY("transparency", "Công khai, minh bạch", 18),
    PROGRESS("progress", "Tiến độ giải quyết", 20),
    ONLINE("online", "Cung cấp dịch vụ công trực tuyến (gồm thanh toán trực tuyến)", 22),
    DIGITISATION("digitisation", "Số hóa hồ sơ", 22),
    SATISFACTION("satisfaction", "Mức độ hài lòng", 18);

    private final String key;
    private final String label;
    private final int maximum;

    IndicatorGroup(String key, String label, int maximum) {
        this.key = key;
        this.label = label;
        this.maximum = maximum;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public int maximum() {
        return maximum;
    }
}
