package vn.motcua.intake.domain;

import vn.motcua.events.AgencyLevel;

/** Create an agency, or redefine one with the same code; calendarId null = the default calendar. */
public record DefineAgency(String code, String name, AgencyLevel level, String parentCode, String calendarId,
        boolean active) {
}
