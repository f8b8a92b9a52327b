package vn.motcua.processing.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The criteria a citizen rates the service on, 1 to 5 each: the five of Decision 766/QĐ-TTg's satisfaction group
 * ("mức độ hài lòng"), as the national portal asks them. The one place that lists them: the API's {@code scores} keys,
 * the lookup page's questions and the figures all come from here.
 */
public enum Criterion {
    ACCESS("Tiếp cận dịch vụ"),
    PROCEDURE("Thủ tục hành chính"),
    OFFICER("Công chức giải quyết"),
    RESULT("Kết quả giải quyết"),
    FEEDBACK("Tiếp nhận, xử lý góp ý");

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    /** A score at least this high counts as satisfied ("hài lòng" or "rất hài lòng"). */
    public static final int SATISFIED = 4;
    /** What each score means, lowest first, as the page offers them. */
    public static final List<String> SCALE = List.of("Rất không hài lòng", "Không hài lòng", "Bình thường",
            "Hài lòng", "Rất hài lòng");

    private final String label;

    Criterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Criterion> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }

    /** "ACCESS, PROCEDURE, ...": for messages naming what is expected. */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Criterion::name).toList());
    }
}
