package vn.motcua.processing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.motcua.processing.application.SatisfactionFigures;
import vn.motcua.processing.domain.Criterion;
import vn.motcua.processing.domain.Satisfaction;
import vn.motcua.processing.domain.Satisfaction.GroupBy;
import vn.motcua.support.time.VnTime;

/** The satisfaction figures and comments as JSON: means 1-5 and percentages 0-100, two decimals (80.04). */
public final class SatisfactionViews {
    private SatisfactionViews() {
    }

    /** {@code groups}: one per agency or officer, most ratings first; {@code total}: all of them. */
    public record FiguresView(LocalDate from, LocalDate to, String groupBy, List<CriterionRef> criteria, GroupView total,
            List<GroupView> groups) {
        public static FiguresView of(LocalDate from, LocalDate to, GroupBy by, SatisfactionFigures.Figures f) {
            return new FiguresView(from, to, by.name().toLowerCase(Locale.ROOT),
                    Arrays.stream(Criterion.values()).map(c -> new CriterionRef(c.name(), c.label())).toList(),
                    GroupView.of(f.total()), f.groups().stream().map(GroupView::of).toList());
        }
    }

    public record CriterionRef(String code, String label) {
    }

    /**
     * {@code key}: the agency code or the officer (null: none recorded; absent in the total); {@code name}: the
     * agency's name, or the officer's unit.
     */
    public record GroupView(String key, String name, long count, List<CriterionFigure> criteria, Figure overall) {
        public static GroupView of(Satisfaction.Group g) {
            return new GroupView(g.key(), g.name(), g.ratings(), Arrays.stream(Criterion.values())
                    .map(c -> CriterionFigure.of(c, g.figure(c))).toList(), Figure.of(g.overall()));
        }
    }

    /** {@code scores}: scores given; {@code satisfied}: of them, 4 or 5. */
    public record CriterionFigure(String code, String label, long scores, BigDecimal mean, long satisfied,
            BigDecimal satisfiedPercent) {
        public static CriterionFigure of(Criterion c, Satisfaction.Figure f) {
            return new CriterionFigure(c.name(), c.label(), f.count(), f.mean(), f.satisfied(), f.satisfiedPercent());
        }
    }

    /** Every criterion's scores pooled. */
    public record Figure(long scores, BigDecimal mean, long satisfied, BigDecimal satisfiedPercent) {
        public static Figure of(Satisfaction.Figure f) {
            return new Figure(f.count(), f.mean(), f.satisfied(), f.satisfiedPercent());
        }
    }

    public record CommentsPage(int page, int size, long total, List<CommentView> items) {
        public static CommentsPage of(int page, int size, SatisfactionFigures.CommentPage found) {
            return new CommentsPage(page, size, found.total(), found.items().stream().map(CommentView::of).toList());
        }
    }

    /** {@code comment} with emails and phone or ID numbers masked (service-support Mask.text). */
    public record CommentView(String dossierCode, OffsetDateTime ratedAt, String agencyCode, String officer, String comment) {
        public static CommentView of(SatisfactionFigures.Comment c) {
            return new CommentView(c.dossierCode(), VnTime.of(c.ratedAt()), c.agencyCode(), c.officer(), c.comment());
        }
    }
}
