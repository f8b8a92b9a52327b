package vn.motcua.events;

import java.time.Instant;

/** A fee or charge paid for a dossier: {@code amount} in đồng, how and when it was paid. */
public record FeePayment(long amount, FeeChannel channel, Instant paidAt) {
}
