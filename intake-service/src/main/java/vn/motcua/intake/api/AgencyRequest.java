package vn.motcua.intake.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.motcua.events.AgencyLevel;
import vn.motcua.intake.domain.Codes;
import vn.motcua.intake.domain.DefineAgency;

/** Body of POST /api/v1/agencies and PUT /api/v1/agencies/{code}; absent calendarId = the default calendar. */
public record AgencyRequest(
        @NotBlank @Size(max = 60) @Pattern(regexp = Codes.AGENCY, message = Codes.AGENCY_RULE) String code,
        @NotBlank @Size(max = 300) String name,
        @NotNull AgencyLevel level,
        @Size(max = 60) @Pattern(regexp = Codes.AGENCY, message = Codes.AGENCY_RULE) String parentCode,
        @Size(max = 100) @Pattern(regexp = Codes.CALENDAR_ID, message = "must be a calendar id such as vn-national") String calendarId,
        Boolean active) {

    /** Absent active = active. */
    public DefineAgency toCommand() {
        return new DefineAgency(code, name, level, parentCode, calendarId, active == null || active);
    }
}
