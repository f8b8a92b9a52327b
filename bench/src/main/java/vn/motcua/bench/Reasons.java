package vn.motcua.bench;

import java.util.Set;
import java.util.random.RandomGenerator;

/** The texts officers write: reasons for supplements, refusals, delays, fees. */
final class Reasons {
    static final Set<String> ENDS = Set.of("complete", "refuse", "withdraw", "stop");
    static final String[] SUPPLEMENT = {"Hồ sơ thiếu giấy tờ theo quy định", "Bản sao chưa được chứng thực",
        "Thông tin trên tờ khai không khớp với giấy tờ tùy thân", "Chữ ký trong đơn chưa đúng người có thẩm quyền"};
    static final String[] MISSING = {"Bản sao Căn cước công dân có chứng thực", "Giấy xác nhận nơi cư trú",
        "Bản vẽ thiết kế có xác nhận", "Văn bản ủy quyền có công chứng", "Biên lai nộp phí"};
    static final String[] REFUSAL = {"Hồ sơ không thuộc thẩm quyền giải quyết", "Người nộp không đủ điều kiện theo quy định",
        "Hồ sơ đã được giải quyết trước đó"};
    static final String[] WITHDRAWAL = {"Công dân có đơn xin rút hồ sơ", "Tổ chức đề nghị rút hồ sơ để bổ sung lại"};
    static final String[] STOP = {"Có tranh chấp, khiếu nại liên quan đến nội dung hồ sơ",
        "Cơ quan có thẩm quyền đề nghị tạm dừng giải quyết"};
    static final String[] DELAY = {"Cần lấy ý kiến của cơ quan liên quan", "Cần xác minh thực địa",
        "Khối lượng hồ sơ tăng đột biến", "Chờ kết quả thẩm định của cơ quan chuyên môn"};
    static final String[] FEES = {"Nộp lệ phí cấp giấy chứng nhận", "Nộp tiền sử dụng đất và lệ phí trước bạ",
        "Nộp phí thẩm định hồ sơ"};

    private Reasons() {
    }

    static String pick(RandomGenerator rnd, String[] texts) {
        return texts[rnd.nextInt(texts.length)];
    }
}
