package vn.motcua.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.Topics;
import vn.motcua.support.time.VnTime;
import vn.motcua.testkit.ReceivedEvent;
import vn.motcua.testkit.TopicProbe;

/** Dossier codes under concurrent receipts, and retries carrying an Idempotency-Key. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
class DossierConcurrencyTest {

    @Test
    void fiftyParallelReceiptsGetFiftyConsecutiveCodes() throws Exception {
        String agency = TestData.createAgency(TestData.ROOT);
        String procedure = TestData.createProcedure(agency, 2, "WORKING_DAYS");
        String clerk = TestData.token("clerk", agency);
        List<Callable<String>> posts = IntStream.range(0, 50).<Callable<String>>mapToObj(i -> () ->
                TestData.bearer(clerk).body(TestData.dossier(procedure, agency)).post("/api/v1/dossiers")
                        .then().statusCode(201).extract().path("dossierCode")).toList();
        List<String> codes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            for (Future<String> f : pool.invokeAll(posts)) {
                codes.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        String prefix = agency + "-" + LocalDate.now(VnTime.ZONE).format(DateTimeFormatter.ofPattern("yyMMdd")) + "-";
        List<String> expected = IntStream.rangeClosed(1, 50).mapToObj(i -> prefix + String.format("%04d", i)).toList();
        assertThat(codes).containsExactlyInAnyOrderElementsOf(expected);

        try (TopicProbe probe = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.DOSSIER_LIFECYCLE)) {
            List<ReceivedEvent> events = probe.await(r -> r.key() != null && r.key().startsWith(prefix), 50,
                    Duration.ofSeconds(30));
            assertThat(events).extracting(ReceivedEvent::key).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void aRetriedRequestCreatesOneDossierAndOneEvent() throws Exception {
        String agency = TestData.createAgency(TestData.ROOT);
        String procedure = TestData.createProcedure(agency, 2, "WORKING_DAYS");
        Map<String, Object> body = TestData.dossier(procedure, agency);
        String key = UUID.randomUUID().toString();
        String clerk = TestData.token("clerk", agency);

        Response first = TestData.as("clerk", agency).header("Idempotency-Key", key).body(body).post("/api/v1/dossiers")
                .then().statusCode(201).extract().response();
        String code = first.path("dossierCode");
        // a retry after a lost answer, and two more racing each other
        List<Callable<Response>> retries = IntStream.range(0, 3).<Callable<Response>>mapToObj(i -> () ->
                TestData.bearer(clerk).header("Idempotency-Key", key).body(body).post("/api/v1/dossiers")).toList();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (Future<Response> f : pool.invokeAll(retries)) {
                Response retry = f.get();
                assertThat(retry.statusCode()).isEqualTo(201);
                assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
                assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
                assertThat(retry.asString()).isEqualTo(first.asString());
            }
        } finally {
            pool.shutdown();
        }
        // without the key the same body is a new dossier, which takes the next number: the retries took none
        TestData.as("clerk", agency).body(body).post("/api/v1/dossiers").then().statusCode(201)
                .body("dossierCode", equalTo(code.substring(0, code.length() - 4) + "0002"));

        try (TopicProbe probe = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.DOSSIER_LIFECYCLE)) {
            probe.awaitOne(TopicProbe.key(code), Duration.ofSeconds(30));
            assertThat(probe.settle(TopicProbe.key(code), Duration.ofSeconds(2))).hasSize(1);
        }
    }
}
