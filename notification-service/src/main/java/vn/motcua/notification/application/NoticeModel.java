package vn.motcua.notification.application;

import io.quarkus.qute.TemplateData;

/** What the letter and alert templates show, already formatted (Vietnamese dates, upper-case agency). */
@TemplateData
public record NoticeModel(
        String kind,
        boolean apology,
        boolean overdue,
        boolean automatic,
        boolean escalation,
        int episode,
        String title,
        String agencyName,
        String agencyNameUpper,
        String serialNumber,
        String dateLine,
        String addressee,
        String dossierCode,
        String procedureName,
        String receivedAt,
        String originalDueAt,
        String dueAt,
        String newDueAt,
        /** Staff alert: the last moment an apology is in time ("" when there is none, on episode 2). */
        String apologyDeadline,
        boolean apologyDeadlinePassed,
        String reason,
        String signerTitle,
        String holdingUnitCode,
        String holdingOfficer,
        /** Citizen letter of a dossier with a lookup PIN: its placeholder (the e-mail shows the PIN); "" otherwise. */
        String lookupPin,
        /** The lookup page's public address (motcua.notification.letter.lookup-url). */
        String lookupUrl,
        /** The result notice, with its invitation to rate the service. */
        boolean result,
        String returnedAt) {
}
