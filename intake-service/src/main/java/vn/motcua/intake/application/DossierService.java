package vn.motcua.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.motcua.events.IndexFacts;
import vn.motcua.intake.domain.Dossier;
import vn.motcua.intake.domain.DossierCode;
import vn.motcua.intake.domain.LookupPin;
import vn.motcua.intake.domain.ProcedureVersion;
import vn.motcua.intake.domain.Receipt;
import vn.motcua.intake.domain.ReceiveDossier;
import vn.motcua.intake.persistence.DossierRepository;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.security.Caller;
import vn.motcua.support.security.Roles;

/**
 * Receives a dossier: validates it against the reference data, gives it its code and appointment, and
 * stores it together with its DossierReceived outbox row in one transaction (nothing is written for a refusal);
 * imports a batch of historical dossiers the same way.
 */
@ApplicationScoped
public class DossierService {
    private final AgencyService agencies;
    private final DossierRepository dossiers;
    private final ReceiptCheck receipts;
    private final Idempotency idempotency;
    private final DossierEvents events;
    private final JsonText json;
    private final Caller caller;
    private final Clock clock;

    public DossierService(AgencyService agencies, DossierRepository dossiers, ReceiptCheck receipts,
            Idempotency idempotency, DossierEvents events, JsonText json, Caller caller, Clock clock) {
        this.agencies = agencies;
        this.dossiers = dossiers;
        this.receipts = receipts;
        this.idempotency = idempotency;
        this.events = events;
        this.json = json;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Receives one dossier; the body answered (and kept under the key) is {@code request.answer()} of the receipt
     * as issued.
     */
    @Transactional
    public Outcome receive(ReceiveDossier command, IdempotentRequest<Receipt> request) {
        Instant now = clock.instant();
        return idempotency.answer(request.key(), request.body(), now, () -> {
            Stored stored = store(List.of(receipts.check(command, now, new HashMap<>())), now, false).getFirst();
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
            List<CheckedReceipt> checked = new ArrayList<>();
            for (int i = 0; i < commands.size(); i++) {
                try {
                    checked.add(receipts.checkImported(commands.get(i), now, versions));
                } catch (ProblemException e) {
                    throw e.forItem("dossiers[" + i + "]");
                }
            }
            List<Dossier> stored = store(checked, now, true).stream().map(Stored::dossier).toList();
            return new Outcome(stored.getFirst().code, json.write(request.answer().apply(stored)), false);
        });
    }

    private record Stored(Dossier dossier, Receipt receipt) {
    }

    /**
     * Numbers, stores and announces checked receipts. The counter rows stay locked until commit: they are taken once
     * everything is checked (to keep concurrent receipts' wait short), one block per counter and day, in a fixed
     * order (so that two batches never wait for each other in a cycle).
     */
    private List<Stored> store(List<CheckedReceipt> checked, Instant now, boolean migrated) {
        Map<CheckedReceipt.CounterDay, Integer> counts = new TreeMap<>();
        checked.forEach(c -> counts.merge(c.counterDay(), 1, Integer::sum));
        Map<CheckedReceipt.CounterDay, Integer> next = new HashMap<>();
        counts.forEach((key, count) -> next.put(key, dossiers.reserveSequence(key.agencyCode(), key.day(), count)));
        List<Stored> stored = new ArrayList<>(checked.size());
        for (CheckedReceipt c : checked) {
            int sequence = next.merge(c.counterDay(), 1, Integer::sum) - 1;
            String code = DossierCode.of(c.receiving().code, c.counterDay().day(), sequence);
            Receipt receipt = ReceiptFactory.receipt(c.command(), new ReceiptFactory.Facts(code, c.receiving(),
                    c.deciding(), c.procedure(), c.time(), c.receivedAt(), now, c.dueAt(), caller.user(),
                    // an imported dossier's slip was printed by the previous system: its citizen has no PIN to type
                    migrated ? null : LookupPin.generate()));
            IndexFacts facts = ReceiptFactory.indexFacts(c.command(), c.procedure());
            Dossier dossier = dossier(code, c, now, receipt, migrated);
            dossier.indexFacts = json.write(facts);
            dossiers.persist(dossier);
            events.received(dossier, receipt, c.procedure(), c.deciding(), c.receiving(), facts);
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
            // 404, not 403: another agency's dossier codes are not confirmed to exist
            throw ProblemException.notFound("dossier " + code);
        }
        return dossier;
    }

    /** A clerk of the counter (or a unit above it) that received the dossier. */
    public boolean isReceivingCounter(Dossier dossier) {
        return caller.hasRole(Roles.CLERK) && !caller.isAdmin()
                && agencies.get(dossier.receivingAgencyCode).pathCodes().contains(caller.agency());
    }

    public Receipt receipt(Dossier dossier) {
        return json.read(dossier.receipt, Receipt.class);
    }

    /** What the receipt told Decision 766's index; null for a dossier received before it was kept. */
    public IndexFacts indexFacts(Dossier dossier) {
        return dossier.indexFacts == null ? null : json.read(dossier.indexFacts, IndexFacts.class);
    }

    private Dossier dossier(String code, CheckedReceipt c, Instant now, Receipt receipt, boolean migrated) {
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
