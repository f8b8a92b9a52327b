package vn.motcua.sla;

import static vn.motcua.sla.Receipt.vn;
import static vn.motcua.sla.Sla.awaitDeadline;
import static vn.motcua.sla.Sla.send;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import vn.motcua.events.AgencyLevel;
import vn.motcua.events.AgencyRef;
import vn.motcua.events.Channel;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.events.lifecycle.DossierWithdrawn;
import vn.motcua.events.lifecycle.ProcessingCompleted;
import vn.motcua.events.lifecycle.SupplementRequested;

/**
 * A small month counted by hand (March 2026, 5-working-day procedures, national calendar), loaded once per JVM and
 * read by StatisticsTest and DossierHandlingReportTest. Province P has a department D1 (province level) and a
 * commune C1. March by agency: C1 received 3 (2 in person, 1 postal), resolved 2 (1 on time, 1 late, apologised in
 * time), 1 in progress; D1 carried over 1, received 5 (2 in person, 3 online), resolved 4 (1 early, 1 on time, 2 late,
 * never apologised), 2 in progress of which 1 overdue and 1 paused.
 */
final class MarchFixture {
    static final String P = "P" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + ".H99";
    static final String D1 = "D1." + P;
    static final String C1 = "C1." + P;
    static final AgencyRef DEPT = Receipt.agency(D1, "Sở Tư pháp", AgencyLevel.PROVINCE, List.of(P, D1));
    static final AgencyRef COMMUNE = Receipt.agency(C1, "UBND xã Tân Phú", AgencyLevel.COMMUNE, List.of(P, C1));
    private static boolean loaded;

    private MarchFixture() {
    }

    /** Once per JVM; call it from a {@code @BeforeEach} (RestAssured points at the app only then). */
    static synchronized void load() {
        if (loaded) {
            return;
        }
        // A: due Mon 9/3 08:00, done Fri 6/3 -> early
        completed(dept(Channel.IN_PERSON, "2026-03-02T08:00"), "2026-03-06T10:00");
        // B: done later on the due day -> on time
        completed(dept(Channel.ONLINE, "2026-03-02T08:00"), "2026-03-09T16:00");
        // C: done the next day -> late
        completed(dept(Channel.ONLINE, "2026-03-02T08:00"), "2026-03-10T08:00");
        // E: rescheduled to 12/3, done 11/3 (met its new date) -> late
        String e = Sla.receive(commune(Channel.POSTAL, "2026-03-02T08:00"));
        send(e, new DossierRescheduled(e, vn("2026-03-06T10:00"), "leader@x", "xác minh", vn("2026-03-09T08:00"),
                vn("2026-03-12T17:00"), "Chủ tịch", false, false));
        send(e, new ProcessingCompleted(e, vn("2026-03-11T10:00"), "officer@x", "KQ"));
        awaitStatus(e, "COMPLETED");
        // F: withdrawn after its due date -> on time
        String f = Sla.receive(commune(Channel.IN_PERSON, "2026-03-03T08:00"));
        send(f, new DossierWithdrawn(f, vn("2026-03-20T09:00"), "clerk@x", "công dân rút"));
        awaitStatus(f, "WITHDRAWN");
        // G: open, due 1/4 08:00 -> in progress, not overdue at the end of March
        String g = Sla.receive(commune(Channel.IN_PERSON, "2026-03-25T08:00"));
        // H: open, due 23/3 -> in progress and overdue
        String h = Sla.receive(dept(Channel.IN_PERSON, "2026-03-16T08:00"));
        // I: open, waiting for a supplement since 18/3 -> in progress and paused
        String i = Sla.receive(dept(Channel.ONLINE, "2026-03-16T08:00"));
        send(i, new SupplementRequested(i, vn("2026-03-18T09:00"), "officer@x", "thiếu", List.of(), 1));
        awaitStatus(i, "SUPPLEMENT_REQUESTED");
        // the statistics count H (and, today, G) overdue once the scanner has seen their appointment pass
        awaitDeadline(h, j -> j.getString("episodes[0].missedAt") != null);
        awaitDeadline(g, j -> j.getString("episodes[0].missedAt") != null);
        // J: received 10/2, due 24/2 (Tết 16-20/2 is off), done 4/3 -> carried over into March, resolved late in March
        completed(dept(Channel.IN_PERSON, "2026-02-10T08:00"), "2026-03-04T10:00");
        // K: received and done in April -> outside March
        completed(dept(Channel.IN_PERSON, "2026-04-02T08:00"), "2026-04-03T10:00");
        loaded = true;
    }

    private static Receipt dept(Channel channel, String receivedAt) {
        return Receipt.of().code(Receipt.uniqueCode(D1)).deciding(DEPT).channel(channel).receivedAt(vn(receivedAt));
    }

    private static Receipt commune(Channel channel, String receivedAt) {
        return Receipt.of().code(Receipt.uniqueCode(C1)).deciding(COMMUNE).channel(channel)
                .receivedAt(vn(receivedAt)).procedure("2.000635").field("DD");
    }

    private static void completed(Receipt receipt, String endedAt) {
        String code = Sla.receive(receipt);
        send(code, new ProcessingCompleted(code, vn(endedAt), "officer@x", "KQ"));
        awaitStatus(code, "COMPLETED");
    }

    private static void awaitStatus(String code, String status) {
        awaitDeadline(code, j -> status.equals(j.getString("status.name")));
    }
}
