package vn.motcua.sla.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The indicators the scorecard computes, each a numerator over a denominator, in its Decision 766 group, with where its
 * formula comes from (docs/decision-766.md gives each one's counting rules and what is not known).
 */
public enum Indicator {
    PUBLISHED_IN_TIME(IndicatorGroup.TRANSPARENCY, "publishedInTime",
            "Thủ tục hành chính được công bố, công khai không muộn hơn ngày có hiệu lực", Source.GROUP),
    RESOLVED_ON_TIME(IndicatorGroup.PROGRESS, "resolvedOnTime", "Hồ sơ đã giải quyết trước hạn, đúng hạn", Source.GROUP),
    OPEN_WITHIN_DEADLINE(IndicatorGroup.PROGRESS, "openWithinDeadline", "Hồ sơ đang giải quyết còn trong hạn",
            Source.GROUP),
    ONLINE_DOSSIERS(IndicatorGroup.ONLINE, "onlineDossiers", "Hồ sơ tiếp nhận trực tuyến", Source.GROUP),
    ONLINE_PROCEDURES(IndicatorGroup.ONLINE, "onlineProcedures",
            "Thủ tục cung cấp dịch vụ công trực tuyến toàn trình hoặc một phần", Source.GROUP),
    FULL_ONLINE_PROCEDURES(IndicatorGroup.ONLINE, "fullOnlineProcedures",
            "Thủ tục cung cấp dịch vụ công trực tuyến toàn trình", Source.GROUP),
    ONLINE_PAYMENTS(IndicatorGroup.ONLINE, "onlinePayments", "Giao dịch thanh toán phí, lệ phí trực tuyến", Source.GROUP),
    DOCUMENTS_DIGITISED(IndicatorGroup.DIGITISATION, "documentsDigitised", "Thành phần hồ sơ được số hóa", Source.GROUP),
    RESULTS_DIGITISED(IndicatorGroup.DIGITISATION, "resultsDigitised", "Kết quả giải quyết được cấp bản điện tử",
            Source.GROUP),
    DOCUMENTS_REUSED(IndicatorGroup.DIGITISATION, "documentsReused",
            "Thành phần hồ sơ được tái sử dụng từ dữ liệu đã số hóa", Source.GROUP),
    RESULTS_REUSED(IndicatorGroup.DIGITISATION, "resultsReused", "Kết quả được đưa vào kho dữ liệu của người dân",
            Source.NOT_OFFICIAL_RESULTS_REUSED),
    SATISFIED(IndicatorGroup.SATISFACTION, "satisfied", "Điểm đánh giá hài lòng (4–5) trên tổng số điểm đánh giá",
            Source.GROUP),
    SATISFIED_ACCESS(IndicatorGroup.SATISFACTION, "satisfiedAccess", "Hài lòng: tiếp cận dịch vụ", Source.GROUP),
    SATISFIED_PROCEDURE(IndicatorGroup.SATISFACTION, "satisfiedProcedure", "Hài lòng: thủ tục hành chính", Source.GROUP),
    SATISFIED_OFFICER(IndicatorGroup.SATISFACTION, "satisfiedOfficer", "Hài lòng: công chức giải quyết", Source.GROUP),
    SATISFIED_RESULT(IndicatorGroup.SATISFACTION, "satisfiedResult", "Hài lòng: kết quả giải quyết", Source.GROUP),
    SATISFIED_FEEDBACK(IndicatorGroup.SATISFACTION, "satisfiedFeedback",
            "Hài lòng: tiếp nhận, xử lý phản ánh, kiến nghị", Source.GROUP);

    private final IndicatorGroup group;
    private final String key;
    private final String label;
    private final Source source;

    Indicator(IndicatorGroup group, String name, String label, Source source) {
        this.group = group;
        this.key = group.key() + "." + name;
        this.label = label;
        this.source = source;
    }

    public IndicatorGroup group() {
        return group;
    }

    /** E.g. {@code progress.resolvedOnTime}: the name in the API, the CSV and the scale settings. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String source() {
        return source == Source.GROUP ? "QĐ 766/QĐ-TTg, Phụ lục, nhóm chỉ số \"" + group.label() + "\"" : source.text;
    }

    public static Optional<Indicator> byKey(String key) {
        return Arrays.stream(values()).filter(i -> i.key.equals(key)).findFirst();
    }

    private enum Source {
        GROUP(null),
        NOT_OFFICIAL_RESULTS_REUSED("not official: shown beside the reuse of documents; Decision 766's digitisation"
                + " group as this product knows it names the reuse of dossier documents, not of results");

        private final String text;

        Source(String text) {
            this.text = text;
        }
    }
}
