package vn.motcua.portalsync.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import vn.motcua.events.AgencyLevel;
import vn.motcua.events.AgencyRef;
import vn.motcua.events.Channel;
import vn.motcua.events.Contact;
import vn.motcua.events.ContactChannel;
import vn.motcua.events.ProcessingTime;
import vn.motcua.events.ProcessingTimeUnit;
import vn.motcua.events.SupplementPolicy;
import vn.motcua.events.lifecycle.DossierLifecycleEvent;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.events.lifecycle.DossierRefused;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.events.lifecycle.DossierWithdrawn;
import vn.motcua.events.lifecycle.FeesPaid;
import vn.motcua.events.lifecycle.FeesRequested;
import vn.motcua.events.lifecycle.ProcessingCompleted;
import vn.motcua.events.lifecycle.ProcessingStarted;
import vn.motcua.events.lifecycle.ProcessingStopped;
import vn.motcua.events.lifecycle.ResultReturned;
import vn.motcua.events.lifecycle.StepAssigned;
import vn.motcua.events.lifecycle.SupplementReceived;
import vn.motcua.events.lifecycle.SupplementRequested;

/**
 * A dossier of its own for each test (unique agency and code), with the events that happen to it, an hour apart.
 * Received Monday 02/06/2025 08:00, due Friday 06/06/2025 17:00 (+07:00).
 */
public final class TestDossier {
    public static final String PROVINCE = "000.00.00.H56";
    public static final String PROCEDURE = "1.000948.H56";
    public static final Instant RECEIVED = OffsetDateTime.parse("2025-06-02T08:00:00+07:00").toInstant();
    public static final Instant DUE = OffsetDateTime.parse("2025-06-06T17:00:00+07:00").toInstant();
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(10000, 50000));

    public final String agency;
    public final String code;

    private TestDossier(String suffix) {
        agency = "000." + suffix.substring(0, 2) + "." + suffix.substring(2) + ".H56";
        code = agency + "-250602-" + suffix.substring(1);
    }

    public static TestDossier create() {
        return new TestDossier(String.valueOf(NEXT.getAndIncrement()));
    }

    public static Instant hour(int n) {
        return RECEIVED.plusSeconds(3600L * n);
    }

    public DossierReceived received() {
        AgencyRef deciding = new AgencyRef(agency, "Phòng Tư pháp thử nghiệm", AgencyLevel.COMMUNE, List.of(PROVINCE, agency));
        Contact applicant = new Contact("Trần Thị Bình", "0912345678", "binh@dan.motcua.local", "12 Lê Lợi",
                ContactChannel.EMAIL);
        return new DossierReceived(code, RECEIVED, "can.bo.tiep.nhan", RECEIVED, PROCEDURE, 1,
                "Cấp bản sao trích lục hộ tịch", "HT", "Hộ tịch", deciding, deciding, Channel.ONLINE, DUE,
                new ProcessingTime(3, ProcessingTimeUnit.WORKING_DAYS), SupplementPolicy.PAUSE, "vn-national",
                applicant, null, false);
    }

    /** Every kind of lifecycle change after the receipt, in an order a dossier can take (ten events: every type but the three other ends). */
    public List<DossierLifecycleEvent> wholeLife() {
        return List.of(received(),
                new ProcessingStarted(code, hour(1), "can.bo.tiep.nhan", "Thẩm định", agency, "chuyen.vien.a", hour(20)),
                new SupplementRequested(code, hour(2), "chuyen.vien.a", "Thiếu bản sao CCCD", List.of("CCCD"), 1),
                new SupplementReceived(code, hour(26), "can.bo.tiep.nhan"),
                new StepAssigned(code, hour(27), "chuyen.vien.a", "Phê duyệt", agency, "chuyen.vien.a", agency,
                        "lanh.dao.b", hour(40)),
                new FeesRequested(code, hour(28), "lanh.dao.b", "Lệ phí 8.000 đồng"),
                new FeesPaid(code, hour(29), "can.bo.tiep.nhan"),
                new DossierRescheduled(code, hour(30), "lanh.dao.b", "Cần xác minh thêm", DUE, DUE.plusSeconds(86400 * 3),
                        "Trưởng phòng", false, false),
                new ProcessingCompleted(code, hour(31), "lanh.dao.b", "TL-2025-0001"),
                new ResultReturned(code, hour(32), "can.bo.tiep.nhan", Channel.IN_PERSON));
    }

    public DossierRefused refused() {
        return new DossierRefused(code, hour(1), "can.bo.tiep.nhan", "Không thuộc thẩm quyền");
    }

    public DossierWithdrawn withdrawn() {
        return new DossierWithdrawn(code, hour(1), "can.bo.tiep.nhan", "Công dân xin rút");
    }

    public ProcessingStopped stopped() {
        return new ProcessingStopped(code, hour(1), "lanh.dao.b", "Hồ sơ giả mạo");
    }
}
