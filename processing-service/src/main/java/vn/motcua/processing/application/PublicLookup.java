package vn.motcua.processing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.motcua.events.NoticeKind;
import vn.motcua.processing.domain.Dossier;
import vn.motcua.processing.persistence.DossierRepository;
import vn.motcua.processing.persistence.HistoryRepository;
import vn.motcua.processing.persistence.NoticeRepository;
import vn.motcua.processing.persistence.RatingRepository;

/**
 * Finds a dossier by code and its lookup PIN (or phone ending), with its timeline, the notices sent to the citizen and
 * whether it was rated.
 */
@ApplicationScoped
public class PublicLookup {
    private static final Set<NoticeKind> CITIZEN_NOTICES = EnumSet.of(NoticeKind.APOLOGY, NoticeKind.AUTO_APOLOGY,
            NoticeKind.OVERDUE_NOTICE, NoticeKind.RESULT_NOTICE);

    private final DossierRepository dossiers;
    private final HistoryRepository history;
    private final NoticeRepository notices;
    private final RatingRepository ratings;

    public PublicLookup(DossierRepository dossiers, HistoryRepository history, NoticeRepository notices,
            RatingRepository ratings) {
        this.dossiers = dossiers;
        this.history = history;
        this.notices = notices;
        this.ratings = ratings;
    }

    /**
     * Empty when the code is unknown or the secret does not open it ({@link Dossier#opensWith}): callers must not
     * tell which.
     */
    @Transactional
    public Optional<PublicDossier> find(String code, String pin, String phoneLast4) {
        return dossiers.findByCode(code).filter(d -> d.opensWith(pin, phoneLast4)).map(this::withFacts);
    }

    /** A dossier whose lookup succeeded already (a result link stands for that check): by its code alone. */
    @Transactional
    public Optional<PublicDossier> reopen(String code) {
        return dossiers.findByCode(code).map(this::withFacts);
    }

    private PublicDossier withFacts(Dossier d) {
        return new PublicDossier(d, history.ofDossier(d.id), notices.ofDossier(d.code).stream()
                .filter(n -> n.sent && CITIZEN_NOTICES.contains(n.kind)).toList(), ratings.isRated(d.id));
    }
}
