package vn.motcua.sla;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import vn.motcua.calendar.OfficialCalendars;
import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.events.AgencyLevel;
import vn.motcua.events.AgencyRef;
import vn.motcua.events.Channel;
import vn.motcua.events.Contact;
import vn.motcua.events.ContactChannel;
import vn.motcua.events.IndexFacts;
import vn.motcua.events.ProcessingTime;
import vn.motcua.events.ProcessingTimeUnit;
import vn.motcua.events.SupplementPolicy;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.support.time.VnTime;

/** Builds DossierReceived events for tests: unique codes, Vietnam local times, due computed on the national calendar. */
final class Receipt {
    private String code = uniqueCode("000.00.01.H56");
    private Instant receivedAt = vn("2026-03-02T08:00");
    private int days = 5;
    private Instant dueAt;
    private boolean noDeadline;
    private SupplementPolicy policy = SupplementPolicy.PAUSE;
    private AgencyRef deciding = agency("000.00.01.H56", "Sở Tư pháp", AgencyLevel.PROVINCE, List.of("000.00.01.H56"));
    private Channel channel = Channel.IN_PERSON;
    private String procedure = "1.000948";
    private String field = "HT";
    private String calendarId = "vn-national";
    private Instant importedAt;
    private IndexFacts facts;

    static Receipt of() {
        return new Receipt();
    }

    static String uniqueCode(String agency) {
        return agency + "-260302-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    static Instant vn(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VnTime.ZONE).toInstant();
    }

    static AgencyRef agency(String code, String name, AgencyLevel level, List<String> path) {
        return new AgencyRef(code, name, level, path);
    }

    Receipt code(String value) {
        code = value;
        return this;
    }

    Receipt receivedAt(Instant value) {
        receivedAt = value;
        return this;
    }

    Receipt days(int value) {
        days = value;
        return this;
    }

    Receipt dueAt(Instant value) {
        dueAt = value;
        return this;
    }

    Receipt noDeadline() {
        noDeadline = true;
        return this;
    }

    Receipt policy(SupplementPolicy value) {
        policy = value;
        return this;
    }

    Receipt deciding(AgencyRef value) {
        deciding = value;
        return this;
    }

    Receipt channel(Channel value) {
        channel = value;
        return this;
    }

    Receipt procedure(String value) {
        procedure = value;
        return this;
    }

    Receipt field(String value) {
        field = value;
        return this;
    }

    Receipt calendar(String value) {
        calendarId = value;
        return this;
    }

    /** Imported from a previous system at {@code value} with its history (DossierReceived.migrated). */
    Receipt migratedAt(Instant value) {
        importedAt = value;
        return this;
    }

    /** What Decision 766's index needs of the receipt (DossierReceived.indexFacts); none by default. */
    Receipt facts(IndexFacts value) {
        facts = value;
        return this;
    }

    String code() {
        return code;
    }

    DossierReceived build() {
        Instant due = noDeadline ? null : dueAt != null ? dueAt
                : OfficialCalendars.calendar("vn-national").due(receivedAt, days, WorkingTimeUnit.WORKING_DAYS);
        Contact applicant = new Contact("Nguyễn Văn A", "0912345678", "a@example.vn", "Đồng Xoài", ContactChannel.EMAIL);
        return new DossierReceived(code, receivedAt, "clerk@example.vn", importedAt != null ? importedAt : receivedAt,
                procedure, 1,
                "Thủ tục " + procedure, field, "Lĩnh vực " + field, deciding, deciding, channel, due,
                noDeadline ? null : new ProcessingTime(days, ProcessingTimeUnit.WORKING_DAYS), policy, calendarId,
                applicant, null, importedAt != null).withIndexFacts(facts);
    }
}
