package vn.motcua.processing.domain;

import java.time.Instant;

/** A history line recorded late, with its dossier's code (a JPQL constructor result). */
public record LateRecordedLine(String dossierCode, String action, Instant occurredAt, Instant recordedAt,
        String recordedBy, int workingDaysLate) {
}
