package vn.motcua.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.events.ProcessingTime;
import vn.motcua.intake.domain.Agency;
import vn.motcua.intake.domain.ProcedureVersion;
import vn.motcua.intake.domain.ReceiveDossier;
import vn.motcua.intake.persistence.ProcedureRepository;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.security.Caller;
import vn.motcua.support.time.VnTime;

/**
 * Checks a receipt before anything is written: body rules, receiving agency and the caller's coverage (403),
 * procedure version in force at receivedAt, deciding agency, documents; then computes the appointment.
 */
@ApplicationScoped
class ReceiptCheck {
    private final AgencyService agencies;
    private final ProcedureRepository procedures;
    private final CalendarBook calendars;
    private final ReceiptRules rules;
    private final JsonText json;
    private final Caller caller;

    ReceiptCheck(AgencyService agencies, ProcedureRepository procedures, CalendarBook calendars, ReceiptRules rules,
            JsonText json, Caller caller) {
        this.agencies = agencies;
        this.procedures = procedures;
        this.calendars = calendars;
        this.rules = rules;
        this.json = json;
        this.caller = caller;
    }

    /** {@code versions}: the procedures' versions already read in this transaction, by code. */
    CheckedReceipt check(ReceiveDossier command, Instant now, Map<String, List<ProcedureVersion>> versions) {
        rules.checkBody(command, now);
        Agency receiving = agencies.requireActive(command.receivingAgencyCode(), "receivingAgencyCode");
        caller.requireCovers(receiving.code, receiving.pathCodes());
        Instant receivedAt = rules.receivedAt(command);
        ProcedureVersion procedure = ProcedureVersion.inForce(
                        versions.computeIfAbsent(command.procedureCode(), procedures::versions), receivedAt)
                .orElseThrow(() -> ProblemException.unprocessable("procedureCode", "unknown procedure "
                        + command.procedureCode() + " (or not in force on " + VnTime.dateOf(receivedAt) + ")"));
        Agency deciding = agencies.requireActive(procedure.decidingAgencyCode, "procedureCode");
        rules.checkDocuments(command, procedure, json.documents(procedure.requiredDocuments).size());
        ProcessingTime time = procedure.processingTimeFor(command.channel());
        Instant dueAt = calendars.calendar(deciding.calendarId)
                .due(receivedAt, time.amount(), WorkingTimeUnit.valueOf(time.unit().name()));
        return new CheckedReceipt(command, receiving, deciding, procedure, time, receivedAt, dueAt);
    }

    /** An imported dossier, checked as a live receipt is after its own rule (receivedAt required and past). */
    CheckedReceipt checkImported(ReceiveDossier command, Instant now, Map<String, List<ProcedureVersion>> versions) {
        rules.checkImported(command, now);
        return check(command, now, versions);
    }
}
