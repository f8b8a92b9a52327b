package vn.motcua.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.events.ProcessingTime;
import vn.motcua.intake.api.DossierResponse;
import vn.motcua.intake.api.ReceiveDossierRequest;
import vn.motcua.intake.domain.Agency;
import vn.motcua.intake.domain.Dossier;
import vn.motcua.intake.domain.DossierCode;
import vn.motcua.intake.domain.ProcedureVersion;
import vn.motcua.intake.domain.Receipt;
import vn.motcua.intake.messaging.DossierEvents;
import vn.motcua.intake.persistence.DossierRepository;
import vn.motcua.intake.persistence.ProcedureRepository;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.privacy.Mask;
import vn.motcua.support.security.Caller;
import vn.motcua.support.time.VnTime;

/**
 * Receives a dossier: validates it against the reference data, gives it its code and appointment, and
 * stores it together with its DossierReceived outbox row in one transaction (nothing is written for a refusal).
 */
@ApplicationScoped
public class DossierService {
    private final AgencyService agencies;
    private final ProcedureRepository procedures;
    private final DossierRepository dossiers;
    private final CalendarBook calendars;
    private final ReceiptRules rules;
    private final Idempotency idempotency;
    private final DossierEvents events;
    private final JsonText json;
    private final Caller caller;
    private final Clock clock;

    public DossierService(AgencyService agencies, ProcedureRepository procedures, DossierRepository dossiers,
            CalendarBook calendars, ReceiptRules rules, Idempotency idempotency, DossierEvents events, JsonText json,
            Caller caller, Clock clock) {
        this.agencies = agencies;
        this.procedures = procedures;
        this.dossiers = dossiers;
        this.calendars = calendars;
        this.rules = rules;
        this.idempotency = idempotency;
        this.events = events;
        this.json = json;
        this.caller = caller;
        this.clock = clock;
    }

    /** The answer to a receipt: the dossier code and the response body (the first one again for a replayed key). */
    public record Outcome(String dossierCode, String body, boolean replayed) {
    }

    @Transactional
    public Outcome receive(ReceiveDossierRequest request, String idempotencyKey) {
        Instant now = clock.instant();
        if (idempotencyKey != null) {
            var earlier = idempotency.claim(idempotencyKey, request, now);
            if (earlier.isPresent()) {
                return new Outcome(earlier.get().dossierCode, earlier.get().responseBody, true);
            }
        }
        rules.checkBody(request, now);
        Agency receiving = agencies.requireActive(request.receivingAgencyCode(), "receivingAgencyCode");
        caller.requireCovers(receiving.code, receiving.pathCodes());
        Instant receivedAt = rules.receivedAt(request);
        ProcedureVersion procedure = procedures.inForce(request.procedureCode(), receivedAt)
                .orElseThrow(() -> ProblemException.unprocessable("procedureCode", "unknown procedure "
                        + request.procedureCode() + " (or not in force on " + VnTime.dateOf(receivedAt) + ")"));
        Agency deciding = agencies.requireActive(procedure.decidingAgencyCode, "procedureCode");
        rules.checkDocuments(request, procedure, json.documents(procedure.requiredDocuments).size());

        ProcessingTime time = procedure.processingTimeFor(request.channel());
        Instant dueAt = calendars.calendar(deciding.calendarId)
                .due(receivedAt, time.amount(), WorkingTimeUnit.valueOf(time.unit().name()));
        // the counter row stays locked until commit: take it last to keep concurrent receipts' wait short
        int sequence = dossiers.nextSequence(receiving.code, VnTime.dateOf(receivedAt));
        String code = DossierCode.of(receiving.code, VnTime.dateOf(receivedAt), sequence);

        Receipt receipt = ReceiptFactory.receipt(request, new ReceiptFactory.Facts(code, receiving, deciding, procedure,
                time, receivedAt, now, dueAt, caller.user()));
        Dossier dossier = dossier(code, procedure, receiving, deciding, request, receivedAt, now, dueAt, receipt);
        dossiers.persist(dossier);
        events.received(dossier, receipt, procedure, deciding, receiving);
        String body = json.write(DossierResponse.received(masked(receipt)));
        if (idempotencyKey != null) {
            idempotency.complete(idempotencyKey, code, body);
        }
        return new Outcome(code, body, false);
    }

    /** A dossier the caller may see: its agency claim covers the receiving or the deciding agency (or admin). */
    @Transactional
    public Dossier get(String code) {
        Dossier dossier = dossiers.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("dossier " + code));
        List<String> receivingPath = agencies.get(dossier.receivingAgencyCode).pathCodes();
        List<String> decidingPath = agencies.get(dossier.decidingAgencyCode).pathCodes();
        if (!caller.covers(receivingPath) && !caller.covers(decidingPath)) {
            throw ProblemException.forbidden("dossier " + code + " belongs to agencies outside your agency " + caller.agency());
        }
        return dossier;
    }

    public Receipt receipt(Dossier dossier) {
        return json.read(dossier.receipt, Receipt.class);
    }

    public static Receipt masked(Receipt receipt) {
        return receipt.withMaskedIds(Mask::idNumber);
    }

    private Dossier dossier(String code, ProcedureVersion procedure, Agency receiving, Agency deciding,
            ReceiveDossierRequest request, Instant receivedAt, Instant now, Instant dueAt, Receipt receipt) {
        Dossier d = new Dossier();
        d.code = code;
        d.procedureCode = procedure.code;
        d.procedureVersion = procedure.version;
        d.receivingAgencyCode = receiving.code;
        d.decidingAgencyCode = deciding.code;
        d.channel = request.channel();
        d.receivedAt = receivedAt;
        d.enteredAt = now;
        d.enteredBy = caller.user();
        d.dueAt = dueAt;
        d.calendarId = deciding.calendarId;
        d.receipt = json.write(receipt);
        return d;
    }
}
