package vn.motcua.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Receipts and officers' actions at a steady rate while faults happen, as counters and officers go on working:
 * every fourth receipt was entered 12 days late (its appointment has passed, so it is owed an apology at once);
 * every on-time receipt is assigned to an officer a few seconds later. Only what a service confirmed (201, 200)
 * counts as accepted; a refusal or a connection error is what the clerk sees and retries, not a loss.
 */
final class ReceiptLoad implements AutoCloseable {
    static final String AGENCY = DossierJourneyTest.AGENCY;

    /** A receipt the counter got a 201 for, with the phase it happened in. */
    record Accepted(String code, String email, boolean late, String phase, Instant at) {
    }

    private final Platform platform;
    private final Api api;
    private final Instant businessNow;
    private final ScheduledExecutorService pool = Executors.newScheduledThreadPool(2);
    /** A request to a killed or frozen service must not stall the load: the clerk gives up after 10 s. */
    static final RestAssuredConfig TIMEOUTS = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 5000).setParam("http.socket.timeout", 10000));
    private final List<Accepted> accepted = new CopyOnWriteArrayList<>();
    private final Map<String, String> actionsAccepted = new java.util.concurrent.ConcurrentHashMap<>();
    private final Queue<Accepted> toAssign = new ConcurrentLinkedQueue<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong actionRefused = new AtomicLong();
    private final List<String> intakeUrls = new CopyOnWriteArrayList<>();
    private volatile String phase = "warm-up";

    ReceiptLoad(Platform platform, Api api) {
        this.platform = platform;
        this.api = api;
        this.businessNow = api.now();
        intakeUrls.add(platform.url("intake"));
    }

    void start(Duration every) {
        pool.scheduleAtFixedRate(this::receiveOne, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        pool.scheduleAtFixedRate(this::assignDue, 1000, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void phase(String name) {
        phase = name;
    }

    void alsoUse(String intakeUrl) {
        intakeUrls.add(intakeUrl);
    }

    void onlyFirstIntake() {
        intakeUrls.retainAll(List.of(platform.url("intake")));
    }

    List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    /** Dossier code to the phase in which its assignment was accepted. */
    Map<String, String> actionsAccepted() {
        return Map.copyOf(actionsAccepted);
    }

    long refused() {
        return refused.get();
    }

    long actionsRefused() {
        return actionRefused.get();
    }

    private void receiveOne() {
        int n = sequence.incrementAndGet();
        boolean late = n % 4 == 0;
        String email = "fault." + n + "." + System.nanoTime() + "@example.vn";
        String url = intakeUrls.get(n % intakeUrls.size());
        try {
            Instant receivedAt = late ? businessNow.minus(Duration.ofDays(12)) : null;
            String code = api.receiveAt(TIMEOUTS, url, AGENCY, DossierJourneyTest.PROCEDURE, receivedAt, Api.uniquePhone(), email);
            Accepted receipt = new Accepted(code, email, late, phase, Instant.now());
            accepted.add(receipt);
            if (!late) {
                toAssign.add(receipt);
            }
        } catch (Throwable e) {
            refused.incrementAndGet(); // a scheduled task that throws is never run again
        }
    }

    private void assignDue() {
        Accepted next = toAssign.peek();
        if (next == null || next.at().isAfter(Instant.now().minusSeconds(3))) {
            return;
        }
        toAssign.poll();
        try {
            Response response = given().config(TIMEOUTS).baseUri(platform.url("processing"))
                    .auth().oauth2(platform.token("leader", AGENCY))
                    .contentType(ContentType.JSON)
                    .body(Map.of("unitCode", AGENCY, "officer", DossierJourneyTest.OFFICER, "stepName", "Thẩm định hồ sơ"))
                    .when().post("/api/v1/dossiers/" + next.code() + "/assign");
            if (response.statusCode() == 200) {
                actionsAccepted.put(next.code(), phase);
            } else if (response.statusCode() == 404 && next.at().isAfter(Instant.now().minusSeconds(60))) {
                toAssign.add(next); // not consumed by processing yet (e.g. the broker is down): the officer tries later
            } else {
                actionRefused.incrementAndGet();
            }
        } catch (Throwable e) {
            toAssign.add(next);
            actionRefused.incrementAndGet();
        }
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
