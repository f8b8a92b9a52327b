package vn.motcua.processing.domain;

import java.util.Locale;
import vn.motcua.support.time.VnTime;

/** The human note a history line carries for each command (what an auditor reads on the sheet). */
final class Notes {
    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private Notes() {
    }

    static String of(Command command) {
        return switch (command) {
            case Command.Assign a -> a.stepName() + " → " + a.unitCode() + " / " + a.officer();
            case Command.RequestSupplement r -> r.reason() + " (" + String.join(", ", r.missingDocuments()) + ")";
            case Command.ReceiveSupplement r -> null;
            case Command.RequestFees f -> f.description();
            case Command.RecordFeePayment p -> p.amount() == null || p.channel() == null ? null
                    : String.format(VI, "%,d đồng (%s)", p.amount(), p.channel());
            case Command.Reschedule r -> r.reason() + " → " + VnTime.of(r.newDueAt());
            case Command.Complete c -> c.resultReference();
            case Command.Return r -> r.channel().name();
            case Command.Refuse r -> r.reason();
            case Command.Withdraw w -> w.reason();
            case Command.Stop s -> s.reason();
        };
    }
}
