package vn.motcua.intake.service;

import java.time.Instant;
import java.util.List;
import vn.motcua.events.ProcessingTime;
import vn.motcua.intake.api.DocumentRequest;
import vn.motcua.intake.api.ReceiveDossierRequest;
import vn.motcua.intake.domain.Agency;
import vn.motcua.intake.domain.ProcedureVersion;
import vn.motcua.intake.domain.Receipt;
import vn.motcua.intake.domain.RequiredDocument;
import vn.motcua.intake.domain.VietnameseText;
import vn.motcua.support.time.VnTime;

/** Fills the receipt slip from the request and what intake resolved (code, procedure version, appointment). */
final class ReceiptFactory {
    private ReceiptFactory() {
    }

    record Facts(String code, Agency receiving, Agency deciding, ProcedureVersion procedure, ProcessingTime time,
            Instant receivedAt, Instant enteredAt, Instant dueAt, String clerk) {
    }

    static Receipt receipt(ReceiveDossierRequest request, Facts f) {
        var a = request.applicant();
        Receipt.Person applicant = new Receipt.Person(a.fullName().strip(), a.idNumber(), a.taxCode(), a.phone(), a.email(),
                a.address().strip(), ReceiptRules.preferredChannel(a.preferredChannel(), a.email()));
        var p = request.authorisedPerson();
        Receipt.Person authorised = p == null ? null : new Receipt.Person(p.fullName().strip(), p.idNumber(), null,
                p.phone(), p.email(), p.address().strip(), ReceiptRules.preferredChannel(p.preferredChannel(), p.email()));
        List<RequiredDocument> documents = request.documents().stream()
                .map(DocumentRequest::toDocument).toList();
        return new Receipt(f.code(),
                new Receipt.AgencyName(f.receiving().code, f.receiving().name),
                new Receipt.AgencyName(f.deciding().code, f.deciding().name),
                applicant, authorised,
                new Receipt.ProcedureName(f.procedure().code, f.procedure().version, f.procedure().name, f.procedure().fieldName),
                documents,
                new Receipt.TimeLimit(f.time().amount(), f.time().unit(), VietnameseText.duration(f.time())),
                request.channel(),
                VnTime.of(f.receivedAt()), VnTime.of(f.enteredAt()), VnTime.of(f.dueAt()),
                VietnameseText.appointment(VnTime.of(f.dueAt())),
                "Bộ phận tiếp nhận và trả kết quả – " + f.receiving().name,
                f.clerk());
    }
}
