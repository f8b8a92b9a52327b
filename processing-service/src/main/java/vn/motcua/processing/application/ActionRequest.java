package vn.motcua.processing.application;

import java.time.OffsetDateTime;
import vn.motcua.processing.domain.Command;

/**
 * An officer's action as the service runs it: the command and when the work was done (null = now), with the
 * request field that said so ({@code occurredAt}, or {@code receivedAt} for a supplement) to name it in errors.
 */
public record ActionRequest(Command command, OffsetDateTime occurredAt, String occurredAtField) {
}
