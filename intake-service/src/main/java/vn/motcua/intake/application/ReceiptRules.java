package vn.motcua.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.events.ContactChannel;
import vn.motcua.intake.config.IntakeConfig;
import vn.motcua.intake.domain.ProcedureVersion;
import vn.motcua.intake.domain.ReceivedDocument;
import vn.motcua.intake.domain.ReceiveDossier;
import vn.motcua.support.api.FieldError;
import vn.motcua.support.api.ProblemException;

/** Rules of a receipt that Bean Validation cannot express: receipt time window, identity, channels, documents, fee. */
@ApplicationScoped
public class ReceiptRules {
    private final IntakeConfig config;
    private final Clock clock;

    public ReceiptRules(IntakeConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Field-level rules of the body alone (400); all violations are reported at once. */
    public void checkBody(ReceiveDossier command, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (command.receivedAt() != null) {
            Instant receivedAt = command.receivedAt();
            if (receivedAt.isAfter(now.plus(config.receivedAtTolerance()))) {
                errors.add(new FieldError("receivedAt", "must not be in the future"));
            } else if (receivedAt.isBefore(now.minus(config.receivedAtWindow()))) {
                errors.add(new FieldError("receivedAt", "must not be more than " + config.receivedAtWindow().toDays()
                        + " days in the past"));
            }
        }
        var applicant = command.applicant();
        boolean person = applicant.idNumber() != null;
        boolean organisation = applicant.taxCode() != null;
        if (person == organisation) {
            errors.add(new FieldError("applicant.idNumber", "exactly one of idNumber (a person) and taxCode "
                    + "(an organisation) is required"));
        }
        checkChannel("applicant", applicant.preferredChannel(), applicant.email(), errors);
        if (command.authorisedPerson() != null) {
            checkChannel("authorisedPerson", command.authorisedPerson().preferredChannel(), command.authorisedPerson().email(),
                    errors);
        }
        checkDocumentsAndFee(command, now, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** A document reused from the portal's data store is digital; a fee is not paid in the future. */
    private void checkDocumentsAndFee(ReceiveDossier command, Instant now, List<FieldError> errors) {
        for (int i = 0; i < command.documents().size(); i++) {
            ReceivedDocument document = command.documents().get(i);
            if (document.reusedFromPortal() && !document.digitised()) {
                errors.add(new FieldError("documents[" + i + "].reusedFromPortal", "a document reused from the"
                        + " portal's data is digital: it needs digitised true"));
            }
        }
        if (command.fee() != null && command.fee().paidAt().isAfter(now.plus(config.receivedAtTolerance()))) {
            errors.add(new FieldError("fee.paidAt", "must not be in the future"));
        }
    }

    /** An imported dossier was received by the previous system: its receipt time is required and in the past. */
    public void checkImported(ReceiveDossier command, Instant now) {
        if (command.receivedAt() == null) {
            throw ProblemException.badRequest("receivedAt", "is required for an imported dossier");
        }
        if (!command.receivedAt().isBefore(now)) {
            throw ProblemException.badRequest("receivedAt", "must be in the past for an imported dossier");
        }
    }

    /** The legal receipt time: the command's, or now. */
    public Instant receivedAt(ReceiveDossier command) {
        return command.receivedAt() == null ? clock.instant() : command.receivedAt();
    }

    /** A procedure that lists required documents cannot be received with none. */
    public void checkDocuments(ReceiveDossier command, ProcedureVersion procedure, int requiredCount) {
        if (requiredCount > 0 && command.documents().isEmpty()) {
            throw ProblemException.unprocessable("documents", "procedure " + procedure.code + " requires "
                    + requiredCount + " document(s); none were listed");
        }
    }

    /** Default: e-mail when an address was given, else SMS. */
    public static ContactChannel preferredChannel(ContactChannel requested, String email) {
        if (requested != null) {
            return requested;
        }
        return email != null ? ContactChannel.EMAIL : ContactChannel.SMS;
    }

    private static void checkChannel(String who, ContactChannel channel, String email, List<FieldError> errors) {
        if (channel == ContactChannel.EMAIL && email == null) {
            errors.add(new FieldError(who + ".preferredChannel", "EMAIL needs an email address"));
        }
    }
}
