package vn.motcua.intake.application;

import java.util.function.Function;

/**
 * A POST that may carry an Idempotency-Key (null = none): the body as the client sent it, whose hash the key is bound
 * to, and how the API answers the work's result; that answer is stored under the key and replayed on a retry.
 */
public record IdempotentRequest<R>(String key, Object body, Function<R, Object> answer) {
}
