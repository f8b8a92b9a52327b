package vn.motcua.processing.application;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.motcua.events.DossierStatus;
import vn.motcua.processing.domain.Dossier;
import vn.motcua.processing.persistence.DeadlineAlertRepository;
import vn.motcua.processing.persistence.DossierRepository;
import vn.motcua.processing.persistence.HandOverRepository;
import vn.motcua.processing.persistence.HistoryRepository;
import vn.motcua.processing.persistence.NoticeRepository;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.persistence.Snapshots;
import vn.motcua.support.security.Caller;

/** What officers read: one dossier with its sheet and history, and the list of their agency's dossiers. */
@ApplicationScoped
public class DossierQueries {
    private final DossierRepository dossiers;
    private final HistoryRepository history;
    private final HandOverRepository handOvers;
    private final DeadlineAlertRepository alerts;
    private final NoticeRepository notices;
    private final Caller caller;

    public DossierQueries(DossierRepository dossiers, HistoryRepository history, HandOverRepository handOvers,
            DeadlineAlertRepository alerts, NoticeRepository notices, Caller caller) {
        this.dossiers = dossiers;
        this.history = history;
        this.handOvers = handOvers;
        this.alerts = alerts;
        this.notices = notices;
        this.caller = caller;
    }

    /**
     * The dossier, if the caller's agency is on its deciding or receiving agency path; otherwise 404, as for none. Its
     * sheet, history, alerts and notices come from one snapshot.
     */
    @Transactional
    public DossierDetails view(String code) {
        Snapshots.begin(dossiers.getEntityManager());
        Dossier d = dossiers.findByCode(code).orElseThrow(() -> ProblemException.notFound("dossier " + code));
        caller.requireSees("dossier " + code, d.receivingPath(), d.decidingPath());
        return details(d);
    }

    /**
     * Dossiers decided under the caller's agency (admin: any), optionally under {@code agency} and in
     * {@code status} (each when not null), newest first.
     */
    @Transactional
    public DossierList list(String agency, DossierStatus status, int page, int size) {
        String scope = caller.isAdmin() ? null : caller.agency();
        if (scope == null && !caller.isAdmin()) {
            throw ProblemException.forbidden("your token carries no agency");
        }
        PanacheQuery<Dossier> query = dossiers.list(agency, scope, status, page, size);
        return new DossierList(query.count(), query.list());
    }

    /** The dossier's sheet, history, alerts and notices, read in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DossierDetails details(Dossier d) {
        return new DossierDetails(d, handOvers.ofDossier(d.id), history.ofDossier(d.id), alerts.ofDossier(d.code),
                notices.ofDossier(d.code));
    }
}
