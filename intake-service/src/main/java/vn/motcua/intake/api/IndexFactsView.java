package vn.motcua.intake.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.motcua.events.FeeChannel;
import vn.motcua.events.IndexFacts;
import vn.motcua.events.OnlineLevel;
import vn.motcua.support.time.VnTime;

/** What the receipt told Decision 766's index, as DossierReceived carried it; times in +07:00. */
public record IndexFactsView(OnlineLevel onlineLevel, LocalDate effectiveFrom, LocalDate publishedOn, int documents,
        int documentsDigitised, int documentsReusedFromPortal, Fee fee) {

    /** The fee paid at receipt, amount in đồng. */
    public record Fee(long amount, FeeChannel channel, OffsetDateTime paidAt) {
    }

    static IndexFactsView of(IndexFacts f) {
        return f == null ? null : new IndexFactsView(f.onlineLevel(), f.effectiveFrom(), f.publishedOn(), f.documents(),
                f.documentsDigitised(), f.documentsReusedFromPortal(), f.fee() == null ? null
                        : new Fee(f.fee().amount(), f.fee().channel(), VnTime.of(f.fee().paidAt())));
    }
}
