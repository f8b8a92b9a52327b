package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The faults of a real deployment while receipts and actions flow (deploy/local/faults.sh runs the same against a
 * local stack): PostgreSQL restarted, the broker stopped for 30 s, each service killed (kill -9) in turn, two
 * instances of every service. Nothing accepted may be lost, nothing dead-lettered, no letter sent twice.
 */
class FaultsTest {
    private static final Duration RATE = Duration.ofMillis(250);

    @Test
    void nothingAcceptedIsLostAndNoLetterIsSentTwice() {
        Platform platform = Platform.get();
        Api api = new Api(platform);
        // restarts put a service back on the real time: the whole platform starts there, so receipts stay valid
        api.resetClocks();
        Mailbox mail = new Mailbox(platform.devstack());
        FaultLedger ledger = new FaultLedger(platform.devstack());
        List<String> phases = new ArrayList<>();
        try (ReceiptLoad load = new ReceiptLoad(platform, api)) {
            load.start(RATE);
            phase(load, phases, "warm-up", () -> sleep(Duration.ofSeconds(5)));
            phase(load, phases, "postgres restart", () -> {
                platform.devstack().postgres().orElseThrow().restart();
                sleep(Duration.ofSeconds(10));
            });
            phase(load, phases, "broker down 30 s", () -> {
                platform.devstack().kafka().orElseThrow().stop();
                sleep(Duration.ofSeconds(30));
                platform.devstack().kafka().orElseThrow().startAgain();
                sleep(Duration.ofSeconds(5));
            });
            for (String service : Platform.SERVICES) {
                phase(load, phases, "kill -9 " + service, () -> {
                    platform.crashAndRestart(service);
                    sleep(Duration.ofSeconds(3));
                });
            }
            phase(load, phases, "two instances each", () -> {
                for (String service : Platform.SERVICES) {
                    String url = platform.startSecondInstance(service);
                    if (service.equals("intake")) {
                        load.alsoUse(url);
                    }
                }
                sleep(Duration.ofSeconds(15));
                load.onlyFirstIntake();
                platform.stopSecondInstances();
            });
            load.phase("after");
            sleep(Duration.ofSeconds(2));
            load.close();

            List<FaultLedger.Row> rows = awaitSettled(ledger, phases, load, mail);
            String table = FaultLedger.table(rows, ledger.unconsumed(), ledger.newDeadLetters(), load.refused(),
                    load.actionsRefused());
            if (!rows.stream().allMatch(FaultLedger.Row::clean)) {
                table += "late dossiers without a letter:\n" + ledger.unlettered(load, mail);
            }
            System.out.println("Fault suite:\n" + table);
            assertThat(rows).as(table).allMatch(FaultLedger.Row::clean);
            assertThat(rows.stream().mapToInt(FaultLedger.Row::accepted).sum()).as("receipts accepted").isGreaterThan(100);
            assertThat(rows.stream().filter(r -> r.phase().startsWith("kill") || r.phase().startsWith("two"))
                    .mapToInt(FaultLedger.Row::apologiesOwed).sum()).as("late receipts during the kills").isPositive();
            assertThat(ledger.unconsumed().values()).as(table).allMatch(n -> n == 0);
            assertThat(ledger.newDeadLetters().values()).as(table).allMatch(n -> n == 0);
        }
    }

    /** The pipeline catches up after the faults: wait until every row is clean or two minutes pass. */
    private static List<FaultLedger.Row> awaitSettled(FaultLedger ledger, List<String> phases, ReceiptLoad load,
            Mailbox mail) {
        Instant deadline = Instant.now().plusSeconds(120);
        List<FaultLedger.Row> rows = ledger.rows(phases, load, mail);
        while (!rows.stream().allMatch(FaultLedger.Row::clean) && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofSeconds(3));
            rows = ledger.rows(phases, load, mail);
        }
        sleep(Duration.ofSeconds(5)); // a letter sent twice would arrive now
        return ledger.rows(phases, load, mail);
    }

    private static void phase(ReceiptLoad load, List<String> phases, String name, Runnable fault) {
        phases.add(name);
        load.phase(name);
        fault.run();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
