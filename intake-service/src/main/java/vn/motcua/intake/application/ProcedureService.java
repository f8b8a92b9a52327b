package vn.motcua.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.intake.domain.DefineProcedure;
import vn.motcua.intake.domain.ProcedureVersion;
import vn.motcua.intake.domain.RequiredDocument;
import vn.motcua.intake.persistence.ProcedureRepository;
import vn.motcua.support.api.ProblemException;

/** The procedure catalogue: every change is a new version effective from a date; old versions stay for old dossiers. */
@ApplicationScoped
public class ProcedureService {
    private final ProcedureRepository procedures;
    private final AgencyService agencies;
    private final JsonText json;
    private final Clock clock;

    public ProcedureService(ProcedureRepository procedures, AgencyService agencies, JsonText json, Clock clock) {
        this.procedures = procedures;
        this.agencies = agencies;
        this.json = json;
        this.clock = clock;
    }

    /** The current version of each procedure (a procedure not in force yet shows its first version). */
    public List<ProcedureVersion> list(String fieldCode, String decidingAgencyCode) {
        Instant now = clock.instant();
        Map<String, ProcedureVersion> current = new LinkedHashMap<>();
        for (ProcedureVersion v : procedures.allVersions()) {
            ProcedureVersion best = current.get(v.code);
            boolean inForce = !v.effectiveFrom.isAfter(now);
            if (best == null || inForce && (best.effectiveFrom.isAfter(now) || !v.effectiveFrom.isBefore(best.effectiveFrom))) {
                current.put(v.code, v);
            }
        }
        return current.values().stream()
                .filter(v -> fieldCode == null || fieldCode.equals(v.fieldCode))
                .filter(v -> decidingAgencyCode == null || decidingAgencyCode.equals(v.decidingAgencyCode))
                .toList();
    }

    public ProcedureVersion current(String code) {
        return procedures.inForce(code, clock.instant())
                .or(() -> procedures.versions(code).stream().findFirst())
                .orElseThrow(() -> ProblemException.notFound("procedure " + code));
    }

    public List<ProcedureVersion> versions(String code) {
        List<ProcedureVersion> versions = procedures.versions(code);
        if (versions.isEmpty()) {
            throw ProblemException.notFound("procedure " + code);
        }
        return versions;
    }

    public boolean exists(String code) {
        return procedures.lastVersion(code) > 0;
    }

    @Transactional
    public ProcedureVersion create(DefineProcedure request, String user) {
        if (exists(request.code())) {
            throw ProblemException.conflict("procedure " + request.code() + " already exists; PUT a new version",
                    Map.of("code", request.code()));
        }
        return save(request, 1, user);
    }

    /** A new version, effective from the request's effectiveFrom (default now). */
    @Transactional
    public ProcedureVersion update(String code, DefineProcedure request, String user) {
        if (!code.equals(request.code())) {
            throw ProblemException.badRequest("code", "must equal the procedure code in the path (" + code + ")");
        }
        int last = procedures.lastVersion(code);
        if (last == 0) {
            throw ProblemException.notFound("procedure " + code);
        }
        return save(request, last + 1, user);
    }

    public List<RequiredDocument> documents(ProcedureVersion version) {
        return json.documents(version.requiredDocuments);
    }

    private ProcedureVersion save(DefineProcedure request, int version, String user) {
        agencies.requireActive(request.decidingAgencyCode(), "decidingAgencyCode");
        ProcedureVersion p = new ProcedureVersion();
        p.code = request.code();
        p.version = version;
        p.name = request.name().strip();
        p.fieldCode = request.fieldCode().strip();
        p.fieldName = request.fieldName().strip();
        p.decidingAgencyCode = request.decidingAgencyCode();
        p.timeAmount = request.processingTime().amount();
        p.timeUnit = request.processingTime().unit();
        if (request.onlineProcessingTime() != null) {
            p.onlineTimeAmount = request.onlineProcessingTime().amount();
            p.onlineTimeUnit = request.onlineProcessingTime().unit();
        }
        p.supplementPolicy = request.supplementPolicy();
        p.requiredDocuments = json.write(request.requiredDocuments());
        p.createdAt = clock.instant();
        p.effectiveFrom = request.effectiveFrom() == null ? p.createdAt : request.effectiveFrom();
        p.createdBy = user;
        procedures.persist(p);
        return p;
    }
}
