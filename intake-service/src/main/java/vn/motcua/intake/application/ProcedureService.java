package vn.motcua.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.events.PlannedStep;
import vn.motcua.intake.domain.DefineProcedure;
import vn.motcua.intake.domain.ProcedureVersion;
import vn.motcua.intake.domain.RequiredDocument;
import vn.motcua.intake.persistence.ProcedureRepository;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.time.VnTime;

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
    public ProcedureVersion create(DefineProcedure command, String user) {
        if (exists(command.code())) {
            throw ProblemException.conflict("procedure " + command.code() + " already exists; PUT a new version",
                    Map.of("code", command.code()));
        }
        return save(command, 1, user);
    }

    /** A new version, effective from the command's effectiveFrom (default now). */
    @Transactional
    public ProcedureVersion update(String code, DefineProcedure command, String user) {
        if (!code.equals(command.code())) {
            throw ProblemException.badRequest("code", "must equal the procedure code in the path (" + code + ")");
        }
        int last = procedures.lastVersion(code);
        if (last == 0) {
            throw ProblemException.notFound("procedure " + code);
        }
        return save(command, last + 1, user);
    }

    public List<RequiredDocument> documents(ProcedureVersion version) {
        return json.documents(version.requiredDocuments);
    }

    public List<PlannedStep> steps(ProcedureVersion version) {
        return json.steps(version.steps);
    }

    private ProcedureVersion save(DefineProcedure command, int version, String user) {
        agencies.requireActive(command.decidingAgencyCode(), "decidingAgencyCode");
        StepPlan.check(command);
        if (command.publishedOn() != null && command.publishedOn().isAfter(VnTime.dateOf(clock.instant()))) {
            throw ProblemException.badRequest("publishedOn", "must not be in the future: it is the day the version "
                    + "was published for citizens");
        }
        ProcedureVersion p = new ProcedureVersion();
        p.code = command.code();
        p.version = version;
        p.name = command.name().strip();
        p.fieldCode = command.fieldCode().strip();
        p.fieldName = command.fieldName().strip();
        p.decidingAgencyCode = command.decidingAgencyCode();
        p.timeAmount = command.processingTime().amount();
        p.timeUnit = command.processingTime().unit();
        if (command.onlineProcessingTime() != null) {
            p.onlineTimeAmount = command.onlineProcessingTime().amount();
            p.onlineTimeUnit = command.onlineProcessingTime().unit();
        }
        p.supplementPolicy = command.supplementPolicy();
        p.requiredDocuments = json.write(command.requiredDocuments());
        p.steps = json.write(command.steps());
        p.createdAt = clock.instant();
        p.effectiveFrom = command.effectiveFrom() == null ? p.createdAt : command.effectiveFrom();
        p.createdBy = user;
        p.onlineLevel = command.onlineLevel();
        p.publishedOn = command.publishedOn();
        procedures.persist(p);
        return p;
    }
}
