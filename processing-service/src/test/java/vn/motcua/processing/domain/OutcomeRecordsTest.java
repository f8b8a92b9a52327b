package vn.motcua.processing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.events.ContactChannel;
import vn.motcua.events.NoticeKind;
import vn.motcua.events.notification.NoticeFailed;
import vn.motcua.events.notification.NoticeSent;
import vn.motcua.events.sla.DeadlineApproaching;
import vn.motcua.events.sla.DeadlineMissed;

/** What the other services report, as this service keeps it: notices (a success is final) and deadline alerts. */
class OutcomeRecordsTest {
    private static final String CODE = "000.00.99.H56-251121-0001";
    private static final Instant AT = Instant.parse("2025-11-21T03:00:00Z");
    private static final Instant DUE = Instant.parse("2025-11-28T10:00:00Z");
    private final UUID noticeId = UUID.randomUUID();

    private NoticeSent sent() {
        return new NoticeSent(noticeId, CODE, AT, 1, NoticeKind.APOLOGY, ContactChannel.SMS, "09******78", "late", DUE);
    }

    private NoticeFailed failed() {
        return new NoticeFailed(noticeId, CODE, AT.plusSeconds(60), 1, NoticeKind.APOLOGY, "gateway down");
    }

    @Test
    void aSentNoticeStaysSentWhateverIsReportedLater() {
        Notice notice = new Notice();
        notice.record(sent());
        notice.record(failed());
        assertThat(notice.sent).isTrue();
        assertThat(notice.error).isNull();
        assertThat(notice.channel).isEqualTo(ContactChannel.SMS);
        assertThat(notice.newDueAt).isEqualTo(DUE);
        assertThat(notice.occurredAt).isEqualTo(AT);
    }

    @Test
    void aLaterSuccessReplacesAFailure() {
        Notice notice = new Notice();
        notice.record(failed());
        assertThat(notice.sent).isFalse();
        assertThat(notice.error).isEqualTo("gateway down");
        notice.record(sent());
        assertThat(notice.sent).isTrue();
        assertThat(notice.error).isNull();
        assertThat(notice.noticeId).isEqualTo(noticeId);
        assertThat(notice.kind).isEqualTo(NoticeKind.APOLOGY);
    }

    @Test
    void deadlineAlertsKeepTheirKindAndTheEpisodesAppointment() {
        DeadlineAlert approaching = DeadlineAlert.from(new DeadlineApproaching(CODE, AT, 1, DUE, "1.000894", "A", null,
                null, DUE.minusSeconds(86400)));
        DeadlineAlert missed = DeadlineAlert.from(new DeadlineMissed(CODE, AT, 2, DUE, DUE, "1.000894", "A", null, null));
        assertThat(approaching.kind).isEqualTo(DeadlineAlert.APPROACHING);
        assertThat(approaching.episode).isEqualTo(1);
        assertThat(approaching.dueAt).isEqualTo(DUE);
        assertThat(missed.kind).isEqualTo(DeadlineAlert.MISSED);
        assertThat(missed.episode).isEqualTo(2);
        assertThat(missed.dossierCode).isEqualTo(CODE);
    }
}
