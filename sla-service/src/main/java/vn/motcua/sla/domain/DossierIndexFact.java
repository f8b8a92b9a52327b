package vn.motcua.sla.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import vn.motcua.events.IndexFacts;
import vn.motcua.events.OnlineLevel;
import vn.motcua.events.lifecycle.ProcessingCompleted;
import vn.motcua.events.lifecycle.ServiceRated;

/**
 * What Decision 766/QĐ-TTg's index needs of one dossier beyond its deadline: the receipt's facts (online level,
 * effective and publication dates, documents digitised and reused), the result's digitisation and the citizen's
 * rating. The first result and the first rating count; a later one changes nothing.
 */
@Entity
@Table(name = "index_fact")
public class DossierIndexFact {
    @Id
    @Column(name = "dossier_code")
    public String dossierCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "online_level")
    public OnlineLevel onlineLevel;
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;
    @Column(name = "published_on")
    public LocalDate publishedOn;
    public Integer documents;
    @Column(name = "documents_digitised")
    public Integer documentsDigitised;
    @Column(name = "documents_reused")
    public Integer documentsReused;
    @Column(name = "result_at")
    public Instant resultAt;
    @Column(name = "result_digitised")
    public Boolean resultDigitised;
    @Column(name = "result_reused")
    public Boolean resultReused;
    @Column(name = "rated_at")
    public Instant ratedAt;
    @Column(name = "score_access")
    public Integer scoreAccess;
    @Column(name = "score_procedure")
    public Integer scoreProcedure;
    @Column(name = "score_officer")
    public Integer scoreOfficer;
    @Column(name = "score_result")
    public Integer scoreResult;
    @Column(name = "score_feedback")
    public Integer scoreFeedback;

    /** A dossier's row before anything is known (a receipt without facts, older than them). */
    public static DossierIndexFact of(String dossierCode) {
        DossierIndexFact f = new DossierIndexFact();
        f.dossierCode = dossierCode;
        return f;
    }

    public void receipt(IndexFacts facts) {
        onlineLevel = facts.onlineLevel();
        effectiveFrom = facts.effectiveFrom();
        publishedOn = facts.publishedOn();
        documents = facts.documents();
        documentsDigitised = facts.documentsDigitised();
        documentsReused = facts.documentsReusedFromPortal();
    }

    /** The first completion that states the result's digitisation (older ones state nothing: not counted). */
    public void result(ProcessingCompleted e) {
        if (resultAt == null && (e.resultDigitised() != null || e.resultReusedFromPortal() != null)) {
            resultAt = e.occurredAt();
            resultDigitised = e.resultDigitised();
            resultReused = e.resultReusedFromPortal();
        }
    }

    /** The first rating; false when the dossier was already rated. Scores outside 1–5 are not kept. */
    public boolean rating(ServiceRated e) {
        if (ratedAt != null) {
            return false;
        }
        ratedAt = e.occurredAt();
        Map<String, Integer> s = e.scores();
        scoreAccess = score(s.get("ACCESS"));
        scoreProcedure = score(s.get("PROCEDURE"));
        scoreOfficer = score(s.get("OFFICER"));
        scoreResult = score(s.get("RESULT"));
        scoreFeedback = score(s.get("FEEDBACK"));
        return true;
    }

    private static Integer score(Integer value) {
        return value != null && value >= 1 && value <= 5 ? value : null;
    }
}
