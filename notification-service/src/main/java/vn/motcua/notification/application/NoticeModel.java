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
        String reason,
        String signerTitle,
        String holdingUnitCode,
        String holdingOfficer) {
}
