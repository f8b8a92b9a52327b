package vn.motcua.portalsync.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.events.Channel;
import vn.motcua.events.DossierStatus;
import vn.motcua.events.LateCause;
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
import vn.motcua.events.lifecycle.ServiceRated;
import vn.motcua.events.lifecycle.StepAssigned;
import vn.motcua.events.lifecycle.StepLateCauseRecorded;
import vn.motcua.events.lifecycle.SupplementReceived;
import vn.motcua.events.lifecycle.SupplementRequested;

/**
 * A dossier as the portal sees it after each of its lifecycle changes: what its next synchronisation record is
 * composed from. No personal data (the applicant is not synchronised by this service).
 */
public record DossierTrack(
        String dossierCode,
        String procedureCode,
        String procedureName,
        String agencyCode,
        List<String> agencyPath,
        Channel channel,
        Instant receivedAt,
        Instant dueAt,
        DossierStatus status,
        Instant endedAt,
        Instant returnedAt,
        List<Progress> progress,
        List<Supplement> supplements) {

    public DossierTrack {
        agencyPath = agencyPath == null ? List.of() : List.copyOf(agencyPath);
        progress = progress == null ? List.of() : List.copyOf(progress);
        supplements = supplements == null ? List.of() : List.copyOf(supplements);
    }

    /** One entry of the processing history (QuaTrinhXuLy): who, when, what. */
    public record Progress(String handler, Instant at, String content) {
    }

    /**
     * A supplement request (HoSoBoSung): the appointment in force when it was requested and once the applicant
     * completed the dossier (the lifecycle events carry no recomputed appointment: the one in force is sent).
     */
    public record Supplement(int number, String requestedBy, String reason, Instant requestedAt, Instant completedAt,
            Instant dueBefore, Instant dueAfter) {
    }

    /** The dossier at its receipt. */
    public static DossierTrack received(DossierReceived e) {
        return new DossierTrack(e.dossierCode(), e.procedureCode(), e.procedureName(), e.decidingAgency().code(),
                e.decidingAgency().path(), e.channel(), e.receivedAt(), e.dueAt(), e.statusAfter(), null, null,
                List.of(new Progress(e.actor(), e.occurredAt(), "Tiếp nhận hồ sơ")), List.of());
    }

    /** The dossier after {@code event} (a receipt is {@link #received}, never applied). */
    public DossierTrack apply(DossierLifecycleEvent event) {
        DossierTrack next = switch (event) {
            case DossierReceived e -> throw new IllegalArgumentException("a receipt starts a track: " + e.dossierCode());
            case ProcessingStarted e -> log(e, "Chuyển xử lý: " + e.stepName());
            case StepAssigned e -> log(e, "Chuyển bước xử lý: " + e.stepName());
            case SupplementRequested e -> requested(e).log(e, "Yêu cầu bổ sung hồ sơ (lần " + e.requestNumber() + "): " + e.reason());
            case SupplementReceived e -> completed(e).log(e, "Tiếp nhận hồ sơ bổ sung");
            case FeesRequested e -> log(e, "Yêu cầu thực hiện nghĩa vụ tài chính: " + e.description());
            case FeesPaid e -> log(e, "Đã thực hiện nghĩa vụ tài chính");
            case DossierRescheduled e -> due(e.newDueAt()).log(e, "Hẹn lại ngày trả kết quả: " + e.reason());
            case ProcessingCompleted e -> ended(e.occurredAt()).log(e, "Đã xử lý xong");
            case ResultReturned e -> returned(e.occurredAt()).log(e, "Đã trả kết quả");
            case DossierRefused e -> ended(e.occurredAt()).log(e, "Từ chối tiếp nhận: " + e.reason());
            case DossierWithdrawn e -> ended(e.occurredAt()).log(e, "Công dân rút hồ sơ: " + e.reason());
            case ProcessingStopped e -> ended(e.occurredAt()).log(e, "Dừng xử lý: " + e.reason());
            // the officer's explanation stays in the one-stop system; the portal learns the step and the kind of cause
            case StepLateCauseRecorded e -> log(e, "Giải trình trễ hạn bước " + e.stepName() + ": nguyên nhân "
                    + (e.cause() == LateCause.SUBJECTIVE ? "chủ quan" : "khách quan"));
            case ServiceRated e -> log(e, "Công dân đánh giá mức độ hài lòng");
        };
        return next.status(event.statusAfter());
    }

    private DossierTrack log(DossierLifecycleEvent e, String content) {
        List<Progress> more = new ArrayList<>(progress);
        more.add(new Progress(e.actor(), e.occurredAt(), content));
        return new DossierTrack(dossierCode, procedureCode, procedureName, agencyCode, agencyPath, channel, receivedAt,
                dueAt, status, endedAt, returnedAt, more, supplements);
    }

    private DossierTrack requested(SupplementRequested e) {
        List<Supplement> more = new ArrayList<>(supplements);
        more.add(new Supplement(e.requestNumber(), e.actor(), e.reason(), e.occurredAt(), null, dueAt, null));
        return withSupplements(more);
    }

    private DossierTrack completed(SupplementReceived e) {
        List<Supplement> more = new ArrayList<>(supplements);
        for (int i = more.size() - 1; i >= 0; i--) {
            Supplement s = more.get(i);
            if (s.completedAt() == null) {
                more.set(i, new Supplement(s.number(), s.requestedBy(), s.reason(), s.requestedAt(), e.occurredAt(),
                        s.dueBefore(), dueAt));
                break;
            }
        }
        return withSupplements(more);
    }

    private DossierTrack withSupplements(List<Supplement> list) {
        return new DossierTrack(dossierCode, procedureCode, procedureName, agencyCode, agencyPath, channel, receivedAt,
                dueAt, status, endedAt, returnedAt, progress, list);
    }

    private DossierTrack due(Instant newDueAt) {
        return new DossierTrack(dossierCode, procedureCode, procedureName, agencyCode, agencyPath, channel, receivedAt,
                newDueAt, status, endedAt, returnedAt, progress, supplements);
    }

    private DossierTrack ended(Instant at) {
        return new DossierTrack(dossierCode, procedureCode, procedureName, agencyCode, agencyPath, channel, receivedAt,
                dueAt, status, at, returnedAt, progress, supplements);
    }

    private DossierTrack returned(Instant at) {
        return new DossierTrack(dossierCode, procedureCode, procedureName, agencyCode, agencyPath, channel, receivedAt,
                dueAt, status, endedAt == null ? at : endedAt, at, progress, supplements);
    }

    private DossierTrack status(DossierStatus next) {
        if (next == null) {
            return this; // an event that changes no status (a late step's cause)
        }
        return new DossierTrack(dossierCode, procedureCode, procedureName, agencyCode, agencyPath, channel, receivedAt,
                dueAt, next, endedAt, returnedAt, progress, supplements);
    }
}
