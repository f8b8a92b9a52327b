package vn.motcua.processing.domain;

import vn.motcua.support.time.VnTime;

/** The human note a history line carries for each command (what an auditor reads on the sheet). */
final class Notes {
    private Notes() {
    }

    static String of(Command command) {
        return switch (command) {
            case Command.Assign a -> a.stepName() + " → " + a.unitCode() + " / " + a.officer();
            case Command.RequestSupplement r -> r.reason() + " (" + String.join(", ", r.missingDocuments()) + ")";
            case Command.ReceiveSupplement r -> null;
            case Command.RequestFees f -> f.description();
            case Command.RecordFeePayment p -> null;
            case Command.Reschedule r -> r.reason() + " → " + VnTime.of(r.newDueAt());
            case Command.Complete c -> c.resultReference();
            case Command.Return r -> r.channel().name();
            case Command.Refuse r -> r.reason();
            case Command.Withdraw w -> w.reason();
            case Command.Stop s -> s.reason();
        };
    }
}
