package vn.motcua.processing.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import vn.motcua.events.DossierStatus;

/**
 * A citizen's rating of how a dossier was served, once its result was returned: kept with the deciding agency and
 * the unit and officer of the last hand-over, so figures can be drawn per agency and per officer. The comment is
 * for staff only, and may quote personal data: never shown publicly, masked wherever staff read it.
 */
@Entity
@Table(name = "rating")
public class Rating {
    public static final String RATED_ONCE = "a dossier is rated once: this one has been rated already";
    public static final String ONLY_RETURNED = "only a dossier whose result was returned (status 10) may be rated";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(updatable = false)
    public Long dossierId;
    public String dossierCode;
    public String decidingAgencyCode;
    public String decidingAgencyName;
    public String decidingAgencyPath;
    public String unitCode;
    public String officer;
    public String comment;
    public Instant ratedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rating_score", joinColumns = @JoinColumn(name = "rating_id"))
    @MapKeyColumn(name = "criterion")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "score")
    public Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);

    /**
     * The rating of {@code d}, given at {@code at}.
     *
     * @throws RuleViolated when the result has not been returned
     */
    public static Rating of(Dossier d, RatingForm form, Instant at) {
        if (d.status != DossierStatus.RETURNED) {
            throw new RuleViolated("status", ONLY_RETURNED);
        }
        Rating r = new Rating();
        r.dossierId = d.id;
        r.dossierCode = d.code;
        r.decidingAgencyCode = d.decidingAgencyCode;
        r.decidingAgencyName = d.decidingAgencyName;
        r.decidingAgencyPath = d.decidingAgencyPath;
        // the last hand-over's unit and officer: the dossier keeps them after processing ends
        r.unitCode = d.currentUnitCode;
        r.officer = d.currentOfficer;
        r.comment = form.comment();
        r.ratedAt = at;
        r.scores.putAll(form.scores());
        return r;
    }
}
