package vn.motcua.events;

import java.time.LocalDate;

/**
 * What the receipt tells Decision 766/QĐ-TTg's index beyond the deadline: the procedure version's online level, the day
 * it took effect and the day it was published (transparency: published no later than in force), how many of the
 * dossier's documents were digitised and how many were reused from the portal's data rather than asked again, and the
 * fee paid at the counter if one was ({@code fee} null: none paid at receipt). Absent in older receipts.
 */
public record IndexFacts(
        OnlineLevel onlineLevel,
        LocalDate effectiveFrom,
        LocalDate publishedOn,
        int documents,
        int documentsDigitised,
        int documentsReusedFromPortal,
        FeePayment fee) {
}
