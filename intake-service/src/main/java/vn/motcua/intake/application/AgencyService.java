package vn.motcua.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import vn.motcua.intake.domain.Agency;
import vn.motcua.intake.domain.DefineAgency;
import vn.motcua.intake.persistence.AgencyRepository;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.calendar.CalendarConfig;

/** The agency tree: parents must exist, no cycles, paths kept materialised; agencies are deactivated, never deleted. */
@ApplicationScoped
public class AgencyService {
    private final AgencyRepository agencies;
    private final CalendarBook calendars;
    private final CalendarConfig config;
    private final Clock clock;

    public AgencyService(AgencyRepository agencies, CalendarBook calendars, CalendarConfig config, Clock clock) {
        this.agencies = agencies;
        this.calendars = calendars;
        this.config = config;
        this.clock = clock;
    }

    public List<Agency> list(Boolean active, String parentCode) {
        return agencies.listAll(active, parentCode);
    }

    public Agency get(String code) {
        return agencies.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("agency " + code));
    }

    public boolean exists(String code) {
        return agencies.findByIdOptional(code).isPresent();
    }

    /** An agency that may receive or decide dossiers; {@code field} names the request field that led to it. */
    public Agency requireActive(String code, String field) {
        Agency agency = agencies.findByIdOptional(code)
                .orElseThrow(() -> ProblemException.unprocessable(field, "unknown agency " + code));
        if (!agency.active) {
            throw ProblemException.unprocessable(field, "agency " + code + " is inactive");
        }
        return agency;
    }

    @Transactional
    public Agency create(DefineAgency command) {
        if (exists(command.code())) {
            throw ProblemException.conflict("agency " + command.code() + " already exists", Map.of("code", command.code()));
        }
        Agency agency = new Agency();
        agency.code = command.code();
        agency.createdAt = clock.instant();
        apply(agency, command, parentPath(command));
        agencies.persist(agency);
        return agency;
    }

    @Transactional
    public Agency update(String code, DefineAgency command) {
        if (!code.equals(command.code())) {
            throw ProblemException.badRequest("code", "must equal the agency code in the path (" + code + ")");
        }
        Agency agency = get(code);
        String oldPath = agency.path;
        String parentPath = parentPath(command);
        if (parentPath != null && List.of(parentPath.split(Agency.PATH_SEPARATOR)).contains(code)) {
            throw ProblemException.unprocessable("parentCode", "agency " + command.parentCode()
                    + " is " + code + " itself or one of its sub-units: the tree would have a cycle");
        }
        apply(agency, command, parentPath);
        if (!oldPath.equals(agency.path)) {
            agencies.flush();
            agencies.movePaths(oldPath, agency.path);
        }
        return agency;
    }

    private void apply(Agency agency, DefineAgency command, String parentPath) {
        String calendarId = command.calendarId() == null ? config.defaultId() : command.calendarId();
        if (!calendars.exists(calendarId)) {
            throw ProblemException.unprocessable("calendarId", "unknown calendar " + calendarId);
        }
        agency.name = command.name().strip();
        agency.level = command.level();
        agency.parentCode = command.parentCode();
        agency.calendarId = calendarId;
        agency.active = command.active();
        agency.path = parentPath == null ? agency.code : parentPath + Agency.PATH_SEPARATOR + agency.code;
        agency.updatedAt = clock.instant();
    }

    private String parentPath(DefineAgency command) {
        if (command.parentCode() == null) {
            return null;
        }
        return agencies.findByIdOptional(command.parentCode()).map(p -> p.path)
                .orElseThrow(() -> ProblemException.unprocessable("parentCode", "unknown agency " + command.parentCode()));
    }
}
