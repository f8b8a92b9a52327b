package vn.motcua.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sla.Receipt.vn;
import static vn.motcua.sla.Sla.awaitDeadline;
import static vn.motcua.sla.Sla.send;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.lifecycle.SupplementReceived;
import vn.motcua.events.lifecycle.SupplementRequested;

/**
 * A dossier's deadline view is one snapshot: read while its pauses open and close, the dossier's paused total and
 * state always agree with the pause rows shown beside them (a torn read once showed a closed pause beside the
 * appointment from before it).
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "sla"))
class DeadlineViewConsistencyTest {
    private static final int CYCLES = 10;

    @Test
    void theViewReadWhilePausesOpenAndCloseIsNeverTorn() throws Exception {
        Receipt receipt = Receipt.of().days(200);
        String code = receipt.code();
        Sla.receive(receipt);
        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        List<String> torn = new ArrayList<>();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            while (reading.get()) {
                JsonPath j = Sla.deadline(code);
                List<Integer> seconds = j.getList("pausedIntervals.workingSeconds", Integer.class);
                long closed = seconds.stream().filter(s -> s != null).mapToLong(Integer::longValue).sum();
                List<String> ends = j.getList("pausedIntervals.end", String.class);
                boolean open = !ends.isEmpty() && ends.get(ends.size() - 1) == null;
                if (closed != j.getLong("totalPausedWorkingSeconds") || open != j.getBoolean("paused")) {
                    torn.add(j.prettify());
                }
                reads.incrementAndGet();
            }
        });
        Instant day = vn("2026-03-03T09:00");
        for (int i = 1; i <= CYCLES; i++) {
            // one commit each, while the views are read
            send(code, new SupplementRequested(code, day, "officer@x", "thiếu", List.of("CCCD"), i));
            readTwice(reads);
            send(code, new SupplementReceived(code, day.plus(Duration.ofHours(1)), "clerk@x"));
            readTwice(reads);
            day = day.plus(Duration.ofDays(1));
        }
        awaitDeadline(code, j -> j.getList("pausedIntervals").size() == CYCLES && !j.getBoolean("paused"));
        reading.set(false);
        reader.get();
        assertThat(reads.get()).as("views read while the pauses were applied").isGreaterThanOrEqualTo(4 * CYCLES);
        assertThat(torn).as("views whose dossier row and pause rows came from different commits").isEmpty();
    }

    /** Lets the reader read at least twice more (bounded: a stuck reader fails the count above instead). */
    private static void readTwice(AtomicInteger reads) throws InterruptedException {
        int target = reads.get() + 2;
        Instant until = Instant.now().plusSeconds(10);
        while (reads.get() < target && Instant.now().isBefore(until)) {
            Thread.sleep(5);
        }
    }
}
