package vn.motcua.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.motcua.events.Contact;
import vn.motcua.events.IndexFacts;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.intake.domain.Agency;
import vn.motcua.intake.domain.Dossier;
import vn.motcua.intake.domain.ProcedureVersion;
import vn.motcua.intake.domain.Receipt;
import vn.motcua.support.messaging.Outbox;
import vn.motcua.support.messaging.TopicsConfig;

/**
 * Announces a received dossier on the lifecycle topic (dossier.lifecycle.v1) through the outbox; the event carries no
 * ID numbers, and the slip's lookup PIN for processing (which keeps a hash) and notification (the citizen's e-mail).
 */
@ApplicationScoped
public class DossierEvents {
    private final Outbox outbox;
    private final TopicsConfig topics;
    private final JsonText json;

    public DossierEvents(Outbox outbox, TopicsConfig topics, JsonText json) {
        this.outbox = outbox;
        this.topics = topics;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void received(Dossier dossier, Receipt receipt, ProcedureVersion procedure, Agency deciding, Agency receiving,
            IndexFacts facts) {
        DossierReceived event = new DossierReceived(dossier.code, dossier.receivedAt, dossier.enteredBy, dossier.enteredAt,
                procedure.code, procedure.version, procedure.name, procedure.fieldCode, procedure.fieldName,
                deciding.toRef(), receiving.toRef(), dossier.channel, dossier.dueAt,
                procedure.processingTimeFor(dossier.channel), procedure.supplementPolicy, dossier.calendarId,
                contact(receipt.applicant()), contact(receipt.authorisedPerson()), dossier.migrated, receipt.lookupPin(),
                json.steps(procedure.steps), facts);
        outbox.publish(topics.lifecycle().name(), dossier.code, event);
    }

    private static Contact contact(Receipt.Person person) {
        return person == null ? null
                // the address stays at the counter: no consumer needs it, so it is not spread through the topics
                : new Contact(person.fullName(), person.phone(), person.email(), null, person.preferredChannel());
    }
}
