package vn.motcua.processing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.motcua.processing.domain.Criterion;
import vn.motcua.processing.domain.Satisfaction;
import vn.motcua.processing.domain.Satisfaction.GroupBy;
import vn.motcua.processing.domain.Satisfaction.Tally;
import vn.motcua.processing.persistence.RatingRepository;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.privacy.Mask;
import vn.motcua.support.security.Caller;
import vn.motcua.support.time.VnTime;

/**
 * What leaders, operators and admins read of the citizens' ratings, for the caller's agency and its sub-units (admin:
 * any): figures per deciding agency or per officer, and the comments with personal data masked.
 */
@ApplicationScoped
public class SatisfactionFigures {
    private final RatingRepository ratings;
    private final Caller caller;

    public SatisfactionFigures(RatingRepository ratings, Caller caller) {
        this.ratings = ratings;
        this.caller = caller;
    }

    /** The groups (most ratings first) and their total, of ratings given on the days {@code from}..{@code to}. */
    @Transactional
    public Figures figures(LocalDate from, LocalDate to, String agency, GroupBy groupBy) {
        String scope = scope();
        Instant start = start(from);
        Instant end = end(to);
        Map<String, Map<Criterion, Tally>> tallies = new HashMap<>();
        for (Object[] row : ratings.talliesPerGroup(groupBy, start, end, agency, scope)) {
            Criterion.ofCode((String) row[1]).ifPresent(c -> tallies.computeIfAbsent((String) row[0],
                    k -> new EnumMap<>(Criterion.class)).put(c, new Tally(number(row[2]), number(row[3]), number(row[4]))));
        }
        List<Satisfaction.Group> groups = new ArrayList<>();
        for (Object[] row : ratings.ratingsPerGroup(groupBy, start, end, agency, scope)) {
            String key = (String) row[0];
            groups.add(new Satisfaction.Group(key, (String) row[1], number(row[2]), tallies.getOrDefault(key, Map.of())));
        }
        groups.sort(Comparator.comparingLong(Satisfaction.Group::ratings).reversed()
                .thenComparing(g -> Objects.requireNonNullElse(g.key(), "")));
        return new Figures(groups, Satisfaction.total(groups));
    }

    /** One page of the comments, newest first, emails and phone or ID numbers in them masked. */
    @Transactional
    public CommentPage comments(LocalDate from, LocalDate to, String agency, int page, int size) {
        String scope = scope();
        Instant start = start(from);
        Instant end = end(to);
        List<Comment> items = ratings.comments(start, end, agency, scope, page, size).stream()
                .map(row -> new Comment((String) row[0], (Instant) row[1], (String) row[2], (String) row[3],
                        Mask.text((String) row[4])))
                .toList();
        return new CommentPage(ratings.countComments(start, end, agency, scope), items);
    }

    public record Figures(List<Satisfaction.Group> groups, Satisfaction.Group total) {
    }

    public record Comment(String dossierCode, Instant ratedAt, String agencyCode, String officer, String comment) {
    }

    public record CommentPage(long total, List<Comment> items) {
    }

    private String scope() {
        if (caller.isAdmin()) {
            return null;
        }
        if (caller.agency() == null) {
            throw ProblemException.forbidden("your token carries no agency");
        }
        return caller.agency();
    }

    private static Instant start(LocalDate from) {
        return from.atStartOfDay(VnTime.ZONE).toInstant();
    }

    private static Instant end(LocalDate to) {
        return to.plusDays(1).atStartOfDay(VnTime.ZONE).toInstant();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
