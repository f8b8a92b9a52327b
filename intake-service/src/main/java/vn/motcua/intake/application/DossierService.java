package vn.motcua.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.events.ProcessingTime;
import vn.motcua.intake.domain.Agency;
import vn.motcua.intake.domain.Dossier;
import vn.motcua.intake.domain.DossierCode;
import vn.motcua.intake.domain.ProcedureVersion;
import vn.motcua.intake.domain.Receipt;
import vn.motcua.intake.domain.ReceiveDossier;
import vn.motcua.intake.persistence.DossierRepository;
import vn.motcua.intake.persistence.ProcedureRepository;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.security.Caller;
import vn.motcua.support.time.VnTime;

/**
 * Receives a dossier: validates it against the reference data, gives it its code and appointment, and
 * stores it together with its DossierReceived outbox row in one transaction (nothing is written for a refusal);
 * imports a batch of historical dossiers the same way.
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

    /** Receives one dossier; the body answered (and kept under the key) is {@code request.answer()} of the receipt as issued. */
    @Transactional
    public Outcome receive(ReceiveDossier command, IdempotentRequest<Receipt> request) {
        Instant now = clock.instant();
        return idempotency.answer(request.key(), request.body(), now, () -> {
            Stored stored = store(List.of(check(command, now, new HashMap<>())), now, false).getFirst();
            return new Outcome(stored.dossier().code, json.write(request.answer().apply(stored.receipt())), false);
        });
    }

    /**
     * Imports dossiers a previous system received, in command order and all or none: each is checked and stored as
     * {@link #receive} does it, then announced as migrated. A refused item refuses the batch, its fields named
     * {@code dossiers[i].…}. The answer is the API's for the dossiers stored, in command order.
     */
    @Transactional
    public Outcome importAll(List<ReceiveDossier> commands, IdempotentRequest<List<Dossier>> request) {
        Instant now = clock.instant();
        return idempotency.answer(request.key(), request.body(), now, () -> {
            Map<String, List<ProcedureVersion>> versions = new HashMap<>();
            List<Checked> checked = new ArrayList<>();
            for (int i = 0; i < commands.size(); i++) {
                ReceiveDossier item = commands.get(i);
                try {
                    rules.checkImported(item, now);
                    checked.add(check(item, now, versions));
                } catch (ProblemException e) {
                    throw e.forItem("dossiers[" + i + "]");
                }
            }
            List<Dossier> stored = store(checked, now, true).stream().map(Stored::dossier).toList();
            return new Outcome(stored.getFirst().code, json.write(request.answer().apply(stored)), false);
        });
    }

    /** A receipt checked against the reference data, with its appointment, not numbered yet. */
    private record Checked(ReceiveDossier command, Agency receiving, Agency deciding, ProcedureVersion procedure,
            ProcessingTime time, Instant receivedAt, Instant dueAt) {
        CounterDay counterDay() {
            return new CounterDay(receiving.code, VnTime.dateOf(receivedAt));
        }
    }

    /** The key of the dossier code sequence: receiving agency and day (Asia/Ho_Chi_Minh). */
    private record CounterDay(String agencyCode, LocalDate day) implements Comparable<CounterDay> {
        @Override
        public int compareTo(CounterDay other) {
            int byAgency = agencyCode.compareTo(other.agencyCode);
            return byAgency != 0 ? byAgency : day.compareTo(other.day);
        }
    }

    private record Stored(Dossier dossier, Receipt receipt) {
    }

    /** {@code versions}: the procedures' versions already read in this transaction, by code. */
    private Checked check(ReceiveDossier command, Instant now, Map<String, List<ProcedureVersion>> versions) {
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
        return new Checked(command, receiving, deciding, procedure, time, receivedAt, dueAt);
    }

    /**
     * Numbers, stores and announces checked receipts. The counter rows stay locked until commit: they are taken once
     * everything is checked (to keep concurrent receipts' wait short), one block per counter and day, in a fixed
     * order (so that two batches never wait for each other in a cycle).
     */
    private List<Stored> store(List<Checked> checked, Instant now, boolean migrated) {
        Map<CounterDay, Integer> counts = new TreeMap<>();
        checked.forEach(c -> counts.merge(c.counterDay(), 1, Integer::sum));
        Map<CounterDay, Integer> next = new HashMap<>();
        counts.forEach((key, count) -> next.put(key, dossiers.reserveSequence(key.agencyCode(), key.day(), count)));
        List<Stored> stored = new ArrayList<>(checked.size());
        for (Checked c : checked) {
            int sequence = next.merge(c.counterDay(), 1, Integer::sum) - 1;
            String code = DossierCode.of(c.receiving().code, c.counterDay().day(), sequence);
            Receipt receipt = ReceiptFactory.receipt(c.command(), new ReceiptFactory.Facts(code, c.receiving(),
                    c.deciding(), c.procedure(), c.time(), c.receivedAt(), now, c.dueAt(), caller.user()));
            Dossier dossier = dossier(code, c, now, receipt, migrated);
            dossiers.persist(dossier);
            events.received(dossier, receipt, c.procedure(), c.deciding(), c.receiving());
            stored.add(new Stored(dossier, receipt));
        }
        return stored;
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

    private Dossier dossier(String code, Checked c, Instant now, Receipt receipt, boolean migrated) {
        Dossier d = new Dossier();
        d.code = code;
        d.procedureCode = c.procedure().code;
        d.procedureVersion = c.procedure().version;
        d.receivingAgencyCode = c.receiving().code;
        d.decidingAgencyCode = c.deciding().code;
        d.channel = c.command().channel();
        d.receivedAt = c.receivedAt();
        d.enteredAt = now;
        d.enteredBy = caller.user();
        d.migrated = migrated;
        d.dueAt = c.dueAt();
        d.calendarId = c.deciding().calendarId;
        d.receipt = json.write(receipt);
        return d;
    }
}
