package vn.motcua.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * JSON over java.net.http with a bounded number of requests in flight (a semaphore), so that thousands of
 * virtual threads can wait for their turn without flooding the services.
 */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final HttpClient client;
    private final Semaphore permits;

    /** A response: status, body text and the time the request took (in flight only, queueing excluded). */
    record Result(int status, String body, long nanos) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Api(int maxInFlight) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.permits = new Semaphore(maxInFlight);
    }

    Result get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), token);
    }

    Result post(String url, String token, Object body) {
        return post(url, token, body, null);
    }

    /** With an Idempotency-Key (unless null), so that a retry after a lost answer creates nothing twice. */
    Result post(String url, String token, Object body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body)));
        return send(idempotencyKey == null ? request : request.header("Idempotency-Key", idempotencyKey), token);
    }

    static String write(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Network failures come back as status 0 with the exception as body, never thrown. */
    private Result send(HttpRequest.Builder builder, String token) {
        HttpRequest request = builder.header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60)).build();
        permits.acquireUninterruptibly();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Result(response.statusCode(), response.body(), System.nanoTime() - start);
        } catch (IOException e) {
            return new Result(0, e.toString(), System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(0, "interrupted", System.nanoTime() - start);
        } finally {
            permits.release();
        }
    }
}
