package vn.motcua.intake.api;

import java.util.List;
import vn.motcua.events.AgencyLevel;
import vn.motcua.intake.domain.Agency;

/** An agency as the API shows it, with its path of codes from the root. */
public record AgencyResponse(String code, String name, AgencyLevel level, String parentCode, String calendarId,
        boolean active, List<String> path) {

    public static AgencyResponse of(Agency a) {
        return new AgencyResponse(a.code, a.name, a.level, a.parentCode, a.calendarId, a.active, a.pathCodes());
    }
}
