package vn.motcua.processing.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.motcua.events.DossierStatus;
import vn.motcua.processing.application.LookupLimiter.TooManyLookups;
import vn.motcua.processing.domain.Criterion;
import vn.motcua.support.time.VnFormat;

/** The citizens' {@code /tra-cuu} page in plain Vietnamese, built from the public view (nothing more is shown). */
@ApplicationScoped
public class CitizenLookupPage {
    /** Everything the template shows; {@code alert}, {@code result} and the field errors are optional. */
    public record Page(String title, Form form, Alert alert, Result result) {
        public boolean hasErrors() {
            return form.codeError() != null || form.pinError() != null || form.phoneError() != null;
        }
    }

    /** The form as typed (the PIN and the phone ending are never echoed back). */
    public record Form(String code, String codeError, String pinError, String phoneError) {
        static Form of(String code) {
            return new Form(code, null, null, null);
        }
    }

    public record Alert(String heading, String text) {
    }

    public record Result(String code, String status, String statusHelp, String procedure, String agency,
            String applicant, String receivedAt, String appointment, String newAppointment, String newAppointmentNote,
            boolean overdue, List<Step> timeline, List<Letter> notices, RatingBox rating) {
    }

    /**
     * The invitation to rate a returned dossier ({@code open}: the form, posted to {@code action}, the result link's
     * own address) or the thanks once rated; {@code error} and {@code notice} say why a post was refused.
     */
    public record RatingBox(boolean open, boolean rated, String action, List<Question> questions, String comment,
            String error, String notice) {
    }

    /** One criterion, with its five choices; what was typed stays chosen when the form comes back. */
    public record Question(String code, String label, boolean invalid, List<Choice> choices) {
    }

    public record Choice(String id, int value, String label, boolean checked) {
    }

    public record Step(String at, String event, String status) {
    }

    public record Letter(String kind, String sentAt, String channel, String newAppointment) {
    }

    private final Clock clock;

    public CitizenLookupPage(Clock clock) {
        this.clock = clock;
    }

    public String form(String code) {
        return render(new Page("Tra cứu hồ sơ", Form.of(code), null, null));
    }

    public String invalid(String code, String codeError, String pinError, String phoneError) {
        return render(new Page("Lỗi: Tra cứu hồ sơ", new Form(code, codeError, pinError, phoneError),
                new Alert("Vui lòng kiểm tra lại thông tin", "Thông tin nhập vào chưa đúng, xem hướng dẫn bên dưới."),
                null));
    }

    /** The same words for a wrong code, PIN or phone: the page must not tell which was wrong. */
    public String notFound(String code) {
        return render(new Page("Không tìm thấy hồ sơ – Tra cứu hồ sơ", Form.of(code),
                new Alert("Không tìm thấy hồ sơ",
                        "Không có hồ sơ nào khớp với mã hồ sơ và mã tra cứu đã nhập. Vui lòng kiểm tra lại mã hồ sơ và"
                                + " mã tra cứu in trên phiếu hẹn (hồ sơ nộp trước khi có mã tra cứu: 4 số cuối của số"
                                + " điện thoại đã đăng ký khi nộp hồ sơ)."),
                null));
    }

    public String expired() {
        return render(new Page("Kết quả đã hết hạn – Tra cứu hồ sơ", Form.of(null),
                new Alert("Kết quả tra cứu đã hết hạn",
                        "Để bảo vệ thông tin của bạn, đường dẫn kết quả chỉ dùng được trong thời gian ngắn."
                                + " Vui lòng tra cứu lại."),
                null));
    }

    public String tooMany(String code, TooManyLookups limit) {
        String wait = waitTime(limit.retryAfterSeconds());
        String text = limit.scope() == TooManyLookups.Scope.CODE
                ? "Mã hồ sơ này đã được tra cứu sai nhiều lần nên tạm thời bị khóa tra cứu. Vui lòng thử lại sau " + wait + "."
                : "Bạn đã tra cứu quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau " + wait + ".";
        return render(new Page("Tạm ngừng tra cứu – Tra cứu hồ sơ", Form.of(code),
                new Alert("Vui lòng thử lại sau " + wait, text), null));
    }

    public String result(PublicDossierView v, String token) {
        return render(resultPage(v, ratingBox(v, token, Map.of(), List.of(), null, null, null)));
    }

    /** The form again, with what was typed, the criteria left out named ({@code invalid}) and the reason. */
    public String ratingInvalid(PublicDossierView v, String token, Map<Criterion, Integer> chosen,
            List<Criterion> invalid, String comment, String error) {
        return render(resultPage(v, ratingBox(v, token, chosen, invalid, comment, error, null)));
    }

    /** The page as it stands, with why the rating was refused (rated already, or no result returned yet). */
    public String ratingRefused(PublicDossierView v, String token, String notice) {
        return render(resultPage(v, ratingBox(v, token, Map.of(), List.of(), null, null, notice)));
    }

    private static RatingBox ratingBox(PublicDossierView v, String token, Map<Criterion, Integer> chosen,
            List<Criterion> invalid, String comment, String error, String notice) {
        List<Question> questions = Arrays.stream(Criterion.values()).map(c -> new Question(c.name(), c.label(),
                invalid.contains(c), IntStream.rangeClosed(Criterion.LOWEST, Criterion.HIGHEST)
                        .mapToObj(n -> new Choice(c.name() + "-" + n, n, n + " – " + Criterion.SCALE.get(n - 1),
                                Integer.valueOf(n).equals(chosen.get(c))))
                        .toList()))
                .toList();
        return new RatingBox(v.rating().open(), v.rating().rated(), "/tra-cuu/ket-qua/" + token + "/danh-gia",
                questions, comment, error, notice);
    }

    private Page resultPage(PublicDossierView v, RatingBox rating) {
        DossierStatus status = DossierStatus.ofCode(v.status().code());
        // the dossier's one new appointment (processing sets it, also for the automatic apology), never a letter's
        OffsetDateTime newAppointment = v.rescheduled() ? v.newAppointment() : null;
        OffsetDateTime effective = newAppointment != null ? newAppointment : v.appointment();
        boolean overdue = !status.endsProcessing() && !status.isPaused() && effective != null
                && clock.instant().isAfter(effective.toInstant());
        Result result = new Result(v.dossierCode(), status.label(), help(status), v.procedureName(), v.agencyName(),
                v.applicantName(), time(v.receivedAt()), time(v.appointment()), time(newAppointment),
                v.reschedule() == null ? null : v.reschedule().words(), overdue,
                v.timeline().stream().map(t -> new Step(time(t.at()), t.event(), t.status().label())).toList(),
                v.notices().stream().map(n -> new Letter(n.label(), time(n.sentAt()), n.channelLabel(),
                        time(n.newAppointment()))).toList(), rating);
        return new Page("Hồ sơ " + v.dossierCode() + " – Tra cứu hồ sơ", Form.of(null), null, result);
    }

    /** What the status means for the citizen, and what to do. */
    static String help(DossierStatus status) {
        return switch (status) {
            case REGISTERED -> "Hồ sơ đã được đăng ký và đang chờ bộ phận một cửa tiếp nhận.";
            case RECEIVED -> "Bộ phận một cửa đã tiếp nhận hồ sơ và sẽ chuyển đến cơ quan có thẩm quyền giải quyết.";
            case NOT_ACCEPTED -> "Hồ sơ không được tiếp nhận hoặc không được giải quyết. Vui lòng liên hệ bộ phận một cửa"
                    + " để biết lý do.";
            case IN_PROGRESS -> "Cơ quan có thẩm quyền đang giải quyết hồ sơ của bạn.";
            case SUPPLEMENT_REQUESTED -> "Hồ sơ cần bổ sung giấy tờ. Vui lòng liên hệ bộ phận một cửa để bổ sung; thời gian"
                    + " chờ bổ sung không tính vào thời hạn giải quyết.";
            case AWAITING_FEES -> "Vui lòng nộp phí, lệ phí hoặc thực hiện nghĩa vụ tài chính để hồ sơ được tiếp tục giải"
                    + " quyết.";
            case WITHDRAWN -> "Hồ sơ đã được rút theo yêu cầu của người nộp.";
            case STOPPED -> "Việc giải quyết hồ sơ đã dừng. Vui lòng liên hệ bộ phận một cửa để biết thêm chi tiết.";
            case COMPLETED -> "Hồ sơ đã giải quyết xong. Bạn có thể nhận kết quả tại nơi nộp hồ sơ hoặc theo hình thức"
                    + " đã đăng ký.";
            case RETURNED -> "Kết quả đã được trả cho người nộp hồ sơ.";
        };
    }

    /** "45 giây", "3 phút", "14 phút 20 giây". */
    static String waitTime(long seconds) {
        long minutes = seconds / 60;
        long rest = seconds % 60;
        if (minutes == 0) {
            return rest + " giây";
        }
        return rest == 0 ? minutes + " phút" : minutes + " phút " + rest + " giây";
    }

    /** Null stays null: the template leaves out a date that is not there. */
    static String time(OffsetDateTime t) {
        return t == null ? null : VnFormat.dateTime(t.toInstant());
    }

    private static String render(Page page) {
        return Templates.citizenLookup(page).render();
    }
}
