package vn.motcua.intake.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.OffsetDateTime;
import vn.motcua.events.FeeChannel;
import vn.motcua.events.FeePayment;

/** A fee or charge paid when the dossier was received: amount in đồng, channel, when (not in the future). */
public record FeeRequest(
        @NotNull @PositiveOrZero Long amount,
        @NotNull FeeChannel channel,
        @NotNull OffsetDateTime paidAt) {

    public FeePayment toPayment() {
        return new FeePayment(amount, channel, paidAt.toInstant());
    }
}
