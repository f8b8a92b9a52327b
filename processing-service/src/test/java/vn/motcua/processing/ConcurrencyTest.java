package vn.motcua.processing;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.EventTypes;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.ProcessingCompleted;
import vn.motcua.testkit.TopicProbe;

/** Officers acting at once on one dossier: one wins, the others get 409, the history stays whole. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
class ConcurrencyTest {

    @Test
    void fiveParallelCompletesExactlyOneWins() throws Exception {
        String code = Fixtures.receiveNew();
        Fixtures.drive(code, List.of("assign"));
        List<Integer> statuses = race(5, i -> Fixtures.act(code, "complete", Map.of("resultReference", "KQ-" + i))
                .extract().statusCode());

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        JsonPath view = Fixtures.view(code).statusCode(200).extract().jsonPath();
        assertThat(view.getInt("status.code")).isEqualTo(9);
        assertThat(view.getList("history.action")).containsExactly("receive", "assign", "complete");
        try (TopicProbe probe = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.DOSSIER_LIFECYCLE)) {
            probe.awaitOne(TopicProbe.keyAndType(code, EventTypes.typeOf(ProcessingCompleted.class)), Duration.ofSeconds(30));
            assertThat(probe.settle(TopicProbe.keyAndType(code, EventTypes.typeOf(ProcessingCompleted.class)),
                    Duration.ofMillis(500))).hasSize(1);
        }
    }

    @Test
    void parallelHandOversNeverCorruptTheHistoryOrTheSheet() throws Exception {
        String code = Fixtures.receiveNew();
        Fixtures.drive(code, List.of("assign"));
        List<Integer> statuses = race(6, i -> Fixtures.act(code, "assign", Map.of("unitCode", Fixtures.UNIT + "." + i,
                "officer", "officer" + i + "@motcua.test", "stepName", "Bước " + i)).extract().statusCode());

        assertThat(statuses).containsOnly(200, 409);
        long won = statuses.stream().filter(s -> s == 200).count();
        assertThat(won).isGreaterThanOrEqualTo(1);
        JsonPath view = Fixtures.view(code).extract().jsonPath();
        List<Integer> seqs = view.getList("history.seq", Integer.class);
        assertThat(seqs).containsExactlyElementsOf(IntStream.rangeClosed(1, (int) (2 + won)).boxed().toList());
        assertThat(view.getList("controlSheet")).hasSize((int) (1 + won));
        assertThat(view.getList("controlSheet.endedAt")).filteredOn(e -> e == null).hasSize(1);
        assertThat(view.getLong("version")).isEqualTo(1 + won);
    }

    /** Runs {@code n} calls released at the same instant; returns their HTTP statuses. */
    private static List<Integer> race(int n, IntCall call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<Integer> task = () -> {
                    start.await();
                    return call.apply(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private interface IntCall {
        int apply(int index);
    }
}
