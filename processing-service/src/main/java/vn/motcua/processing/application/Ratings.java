package vn.motcua.processing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.motcua.events.lifecycle.ServiceRated;
import vn.motcua.processing.domain.Dossier;
import vn.motcua.processing.domain.Rating;
import vn.motcua.processing.domain.RatingForm;
import vn.motcua.processing.domain.RuleViolated;
import vn.motcua.processing.persistence.DossierRepository;
import vn.motcua.processing.persistence.RatingRepository;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.messaging.Outbox;
import vn.motcua.support.messaging.TopicsConfig;

/**
 * A citizen rates how a returned dossier was served, once, without logging in: with the lookup's secret behind the
 * lookup's limits (the JSON API), or with a result link of the {@code /tra-cuu} page, which stands for that secret.
 * Each rating is announced as ServiceRated (scores only: no comment, no rater) through the outbox, in its transaction.
 */
@ApplicationScoped
public class Ratings {
    /** The actor of a rating: the citizen, who is not named (the lookup's secret is no identity). */
    static final String CITIZEN = "citizen";

    private final LimitedLookup limited;
    private final LookupTokens tokens;
    private final DossierRepository dossiers;
    private final RatingRepository ratings;
    private final Outbox outbox;
    private final TopicsConfig topics;
    private final Clock clock;

    public Ratings(LimitedLookup limited, LookupTokens tokens, DossierRepository dossiers, RatingRepository ratings,
            Outbox outbox, TopicsConfig topics, Clock clock) {
        this.limited = limited;
        this.tokens = tokens;
        this.dossiers = dossiers;
        this.ratings = ratings;
        this.outbox = outbox;
        this.topics = topics;
        this.clock = clock;
    }

    /**
     * The form is checked first (a typo is no guess), then the secret as the lookup checks it: a wrong one is the
     * lookup's 404 and counts against the code.
     *
     * @throws ProblemException 400 naming the field, 404 for a wrong code or secret
     * @throws RuleViolated when the result is not returned yet, or the dossier was rated already (409)
     * @throws LookupLimiter.TooManyLookups when the client or the code used its allowance
     */
    @Transactional
    public Rating rate(String clientIp, String code, String pin, String phoneLast4, Map<String, ?> scores,
            String comment) {
        RatingForm form = RatingForm.of(scores, comment);
        limited.find(clientIp, code, pin, phoneLast4)
                .orElseThrow(() -> ProblemException.notFound("dossier with this code and lookup secret"));
        return record(code, form);
    }

    /** By a result link; empty when the link expired. */
    @Transactional
    public Optional<Rating> rateByLink(String token, RatingForm form) {
        return tokens.resolve(token).map(grant -> record(grant.code(), form));
    }

    /**
     * One rating per dossier, also when two arrive at once: the dossier's lock, to the end of the caller's transaction,
     * serialises them. (A wrong guess was counted already: the limiter writes in a transaction of its own.)
     */
    private Rating record(String code, RatingForm form) {
        dossiers.lockCode(code);
        Dossier d = dossiers.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound("dossier with this code and lookup secret"));
        if (ratings.isRated(d.id)) {
            throw new RuleViolated(null, Rating.RATED_ONCE);
        }
        Rating rating = Rating.of(d, form, clock.instant());
        ratings.persist(rating);
        Map<String, Integer> scores = new TreeMap<>();
        rating.scores.forEach((criterion, score) -> scores.put(criterion.name(), score));
        outbox.publish(topics.lifecycle().name(), d.code, new ServiceRated(d.code, rating.ratedAt, CITIZEN, scores));
        return rating;
    }
}
