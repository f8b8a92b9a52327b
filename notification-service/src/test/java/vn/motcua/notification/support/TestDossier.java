package vn.motcua.notification.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import vn.motcua.events.AgencyLevel;
import vn.motcua.events.AgencyRef;
import vn.motcua.events.Channel;
import vn.motcua.events.Contact;
import vn.motcua.events.ContactChannel;
import vn.motcua.events.ProcessingTime;
import vn.motcua.events.ProcessingTimeUnit;
import vn.motcua.events.SupplementPolicy;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.events.lifecycle.ProcessingCompleted;
import vn.motcua.events.lifecycle.ProcessingStarted;
import vn.motcua.events.lifecycle.ResultReturned;
import vn.motcua.events.sla.DeadlineApproaching;
import vn.motcua.events.sla.DeadlineMissed;

/**
 * A dossier of its own for each test (unique agency and code, so mailboxes do not mix), with the
 * events that happen to it. Received Monday 02/06/2025 08:00, due Friday 06/06/2025 17:00 (+07:00).
 */
public final class TestDossier {
    public static final String PROVINCE = "000.00.00.H56";
    public static final Instant RECEIVED = OffsetDateTime.parse("2025-06-02T08:00:00+07:00").toInstant();
    public static final Instant DUE = OffsetDateTime.parse("2025-06-06T17:00:00+07:00").toInstant();

    public final String agency;
    public final String code;
    public final String officer;
    private final Contact applicant;
    private Contact authorised;
    private String calendarId = "vn-national";
    private Instant importedAt;

    private TestDossier(String suffix) {
        agency = "000." + suffix.substring(0, 2) + "." + suffix.substring(2) + ".H56";
        code = agency + "-250602-" + suffix.substring(1);
        officer = "chuyen.vien." + suffix + "@stp.motcua.local";
        applicant = contact("Trần Thị Bình", "binh." + suffix + "@dan.motcua.local", "09123" + suffix, ContactChannel.EMAIL);
    }

    /**
     * Five digits, unique in this JVM: a random draw per dossier collided about once in ten module runs (two tests
     * then shared a dossier code, and one saw the other's reschedule in its escalation).
     */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT =
            new java.util.concurrent.atomic.AtomicInteger(ThreadLocalRandom.current().nextInt(10000, 50000));

    public static TestDossier create() {
        int n = NEXT.getAndIncrement();
        if (n > 99999) {
            throw new IllegalStateException("more than the five-digit test dossiers one JVM may create");
        }
        return new TestDossier(String.valueOf(n));
    }

    public static Contact contact(String name, String email, String phone, ContactChannel preferred) {
        return new Contact(name, phone, email, "12 Lê Lợi, phường Tân Phú, Đồng Nai", preferred);
    }

    public TestDossier authorisedPerson(Contact contact) {
        authorised = contact;
        return this;
    }

    public TestDossier calendar(String id) {
        calendarId = id;
        return this;
    }

    /** Imported now from a previous system with its history (DossierReceived.migrated), instead of received live. */
    public TestDossier imported() {
        importedAt = Instant.now();
        return this;
    }

    public Contact applicant() {
        return applicant;
    }

    public String leaderEmail() {
        return "lanhdao@" + agency.toLowerCase() + ".motcua.local";
    }

    public String operatorEmail() {
        return "vanhanh@" + PROVINCE.toLowerCase() + ".motcua.local";
    }

    public String counterEmail() {
        return "motcua@" + agency.toLowerCase() + ".motcua.local";
    }

    public DossierReceived received() {
        return received(applicant);
    }

    public DossierReceived received(Contact applicantContact) {
        AgencyRef ref = new AgencyRef(agency, "Sở Tư pháp thử nghiệm " + agency, AgencyLevel.PROVINCE, List.of(PROVINCE, agency));
        return new DossierReceived(code, RECEIVED, "clerk@" + agency, importedAt == null ? RECEIVED : importedAt, "1.000948", 1,
                "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam", "LLTP", "Lý lịch tư pháp", ref, ref, Channel.IN_PERSON,
                DUE, new ProcessingTime(4, ProcessingTimeUnit.WORKING_DAYS), SupplementPolicy.PAUSE, calendarId,
                applicantContact, authorised, importedAt != null);
    }

    public ProcessingStarted started() {
        return new ProcessingStarted(code, RECEIVED.plusSeconds(3600), "clerk@" + agency, "Thẩm định", agency + ".P1", officer,
                DUE);
    }

    public DossierRescheduled rescheduled(String reason, Instant newDueAt) {
        return new DossierRescheduled(code, DUE.minusSeconds(86400), officer, reason, DUE, newDueAt, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", false, false);
    }

    /** The re-appointment processing-service made itself when the appointment passed with none (actor system). */
    public DossierRescheduled rescheduledAutomatically(String reason, Instant newDueAt) {
        return new DossierRescheduled(code, DUE.plusSeconds(120), "system", reason, DUE, newDueAt, null, true, true);
    }

    /** Episode 1's warning; the apology is in time until Thursday 05/06/2025 17:00, one working day before. */
    public DeadlineApproaching approaching() {
        return approaching(1, DUE, DUE.minusSeconds(86400));
    }

    public DeadlineApproaching approaching(int episode, Instant dueAt, Instant apologyDeadline) {
        return new DeadlineApproaching(code, dueAt.minusSeconds(2 * 86400), episode, dueAt, "1.000948", agency,
                agency + ".P1", officer, apologyDeadline);
    }

    public DeadlineMissed missed(int episode, Instant dueAt) {
        return new DeadlineMissed(code, dueAt.plusSeconds(60), episode, dueAt, DUE, "1.000948", agency, agency + ".P1", officer);
    }

    public ProcessingCompleted completed() {
        return new ProcessingCompleted(code, DUE.minusSeconds(7200), officer, "KQ-" + code);
    }

    /** The result handed over at the counter on Thursday 05/06/2025 09:30 (+07:00), a day before the appointment. */
    public ResultReturned returned() {
        return new ResultReturned(code, OffsetDateTime.parse("2025-06-05T09:30:00+07:00").toInstant(), "clerk@" + agency,
                Channel.IN_PERSON);
    }
}
