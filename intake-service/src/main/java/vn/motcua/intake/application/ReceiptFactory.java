package vn.motcua.intake.application;

import java.time.Instant;
import java.util.List;
import vn.motcua.events.IndexFacts;
import vn.motcua.events.ProcessingTime;
import vn.motcua.intake.domain.Agency;
import vn.motcua.intake.domain.ProcedureVersion;
import vn.motcua.intake.domain.ReceivedDocument;
import vn.motcua.intake.domain.Receipt;
import vn.motcua.intake.domain.ReceiveDossier;
import vn.motcua.intake.domain.VietnameseText;
import vn.motcua.support.time.VnTime;

/**
 * Fills the receipt slip from the command and what intake resolved (code, procedure version, appointment), and the
 * facts Decision 766's index needs of the receipt.
 */
final class ReceiptFactory {
    private ReceiptFactory() {
    }

    record Facts(String code, Agency receiving, Agency deciding, ProcedureVersion procedure, ProcessingTime time,
            Instant receivedAt, Instant enteredAt, Instant dueAt, String clerk, String lookupPin) {
    }

    static Receipt receipt(ReceiveDossier command, Facts f) {
        return new Receipt(f.code(),
                new Receipt.AgencyName(f.receiving().code, f.receiving().name),
                new Receipt.AgencyName(f.deciding().code, f.deciding().name),
                person(command.applicant()), command.authorisedPerson() == null ? null : person(command.authorisedPerson()),
                new Receipt.ProcedureName(f.procedure().code, f.procedure().version, f.procedure().name, f.procedure().fieldName),
                command.documents(),
                new Receipt.TimeLimit(f.time().amount(), f.time().unit(), VietnameseText.duration(f.time())),
                command.channel(),
                VnTime.of(f.receivedAt()), VnTime.of(f.enteredAt()), VnTime.of(f.dueAt()),
                VietnameseText.appointment(VnTime.of(f.dueAt())),
                "Bộ phận tiếp nhận và trả kết quả – " + f.receiving().name,
                f.clerk(), f.lookupPin());
    }

    /** The version in force's online level and dates, the documents' digitisation counts, the fee paid at receipt. */
    static IndexFacts indexFacts(ReceiveDossier command, ProcedureVersion procedure) {
        List<ReceivedDocument> documents = command.documents();
        return new IndexFacts(procedure.onlineLevel, VnTime.dateOf(procedure.effectiveFrom), procedure.publishedOn,
                documents.size(), (int) documents.stream().filter(ReceivedDocument::digitised).count(),
                (int) documents.stream().filter(ReceivedDocument::reusedFromPortal).count(), command.fee());
    }

    private static Receipt.Person person(ReceiveDossier.Party p) {
        return new Receipt.Person(p.fullName().strip(), p.idNumber(), p.taxCode(), p.phone(), p.email(), p.address().strip(),
                ReceiptRules.preferredChannel(p.preferredChannel(), p.email()));
    }
}
