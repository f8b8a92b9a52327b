package vn.motcua.processing.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import vn.motcua.events.Channel;
import vn.motcua.events.FeeChannel;

/**
 * Request bodies of the officers' actions. Every one accepts {@code occurredAt} for work recorded
 * late (any ISO-8601 offset; default now).
 */
public final class ActionBodies {
    private ActionBodies() {
    }

    public record AssignBody(@NotBlank @Size(max = 64) String unitCode, @NotBlank @Size(max = 300) String officer,
            @NotBlank @Size(max = 300) String stepName, OffsetDateTime stepDueAt, OffsetDateTime occurredAt) {
    }

    public record SupplementRequestBody(@NotBlank @Size(max = 2000) String reason,
            @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 300) String> missingDocuments,
            OffsetDateTime occurredAt) {
    }

    /** {@code receivedAt}: when the applicant handed the supplement in; it is the action's time. */
    public record SupplementBody(OffsetDateTime receivedAt, OffsetDateTime occurredAt) {
    }

    public record FeeRequestBody(@NotBlank @Size(max = 2000) String description, OffsetDateTime occurredAt) {
    }

    /**
     * The payment, optionally with its amount in đồng, channel (ONLINE through the portal's payment platform, OFFLINE
     * at a counter or bank; both needed once either is given) and time ({@code paidAt}, default the action's time).
     */
    public record FeePaymentBody(OffsetDateTime occurredAt, @PositiveOrZero Long amount, FeeChannel channel,
            OffsetDateTime paidAt) {
    }

    public record RescheduleBody(@NotBlank @Size(max = 2000) String reason, @NotNull OffsetDateTime newDueAt,
            @Size(max = 200) String signerTitle, OffsetDateTime occurredAt) {
    }

    /**
     * {@code resultDigitised}: the result was issued as (or also as) an electronic document;
     * {@code resultReusedFromPortal}: it was put in the citizen's store on the portal (needs resultDigitised true).
     */
    public record CompleteBody(@NotBlank @Size(max = 300) String resultReference, OffsetDateTime occurredAt,
            Boolean resultDigitised, Boolean resultReusedFromPortal) {
    }

    public record ReturnBody(@NotNull Channel channel, OffsetDateTime occurredAt) {
    }

    /** Refuse, withdraw and stop: each needs a reason (docs/domain.md § Statuses and what may follow what). */
    public record ReasonBody(@NotBlank @Size(max = 2000) String reason, OffsetDateTime occurredAt) {
    }
}
