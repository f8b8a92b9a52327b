package vn.motcua.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sla.Receipt.vn;
import static vn.motcua.sla.Sla.awaitDeadline;
import static vn.motcua.sla.Sla.receive;
import static vn.motcua.sla.Sla.send;
import static vn.motcua.testkit.TopicProbe.keyAndType;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.AgencyLevel;
import vn.motcua.events.AgencyRef;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.DossierRescheduled;
import vn.motcua.events.lifecycle.ProcessingStarted;
import vn.motcua.events.lifecycle.SupplementReceived;
import vn.motcua.events.lifecycle.SupplementRequested;
import vn.motcua.events.sla.DeadlineApproaching;
import vn.motcua.events.sla.DeadlineMissed;
import vn.motcua.sla.application.DeadlineScanner;
import vn.motcua.support.time.AdjustableClock;
import vn.motcua.testkit.ReceivedEvent;
import vn.motcua.testkit.TopicProbe;

/** The scanner against real Kafka: warnings and misses once per (dossier, episode), pauses, concurrent scans. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "sla"))
class DeadlineScannerTest {
    private static final String APPROACHING = "vn.motcua.sla.deadline-approaching.v1";
    private static final String MISSED = "vn.motcua.sla.deadline-missed.v1";
    private static final Duration QUIET = Duration.ofSeconds(3);

    @Inject
    AdjustableClock clock;
    @Inject
    DeadlineScanner scanner;

    private TopicProbe probe;

    @BeforeEach
    void start() {
        clock.setTo(vn("2026-03-02T07:00"));
        probe = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.DOSSIER_SLA);
    }

    @AfterEach
    void stop() {
        probe.close();
        clock.reset();
    }

    private void at(String localTime) {
        clock.setTo(vn(localTime));
        scanner.scan();
        scanner.scan();
    }

    @Test
    void warnsTwoWorkingDaysBeforeWithTheLastMomentForAnApologyThenMissesExactlyOnce() {
        String code = receive(Receipt.of());
        send(code, new ProcessingStarted(code, vn("2026-03-02T09:00"), "clerk@x", "Thẩm định", "000.01.01.H56",
                "an@stp", null));
        awaitDeadline(code, j -> "000.01.01.H56".equals(j.getString("holder.unitCode")));

        at("2026-03-05T07:59");
        assertThat(probe.settle(keyAndType(code, APPROACHING), Duration.ofSeconds(1))).isEmpty();

        at("2026-03-05T08:00");
        ReceivedEvent approaching = probe.awaitOne(keyAndType(code, APPROACHING), Sla.WAIT);
        assertThat(approaching.header("ce_source")).isEqualTo("/sla-service");
        assertThat(approaching.header("ce_subject")).isEqualTo(code);
        DeadlineApproaching warning = approaching.payloadAs(DeadlineApproaching.class);
        assertThat(warning.episode()).isEqualTo(1);
        assertThat(warning.dueAt()).isEqualTo(vn("2026-03-09T08:00"));
        assertThat(warning.holdingUnitCode()).isEqualTo("000.01.01.H56");
        assertThat(warning.holdingOfficer()).isEqualTo("an@stp");
        // an apology with the new appointment is in time until one working day before Monday's appointment
        assertThat(warning.apologyDeadline()).isEqualTo(vn("2026-03-06T08:00"));
        assertThat(Sla.deadline(code).getString("apologyDeadline")).isEqualTo("2026-03-06T08:00:00+07:00");

        at("2026-03-09T08:00");
        ReceivedEvent missed = probe.awaitOne(keyAndType(code, MISSED), Sla.WAIT);
        assertThat(missed.header("ce_type")).isEqualTo(MISSED);
        assertThat(missed.header("ce_source")).isEqualTo("/sla-service");
        assertThat(missed.header("ce_subject")).isEqualTo(code);
        assertThat(missed.header("ce_id")).isNotBlank();
        DeadlineMissed miss = missed.payloadAs(DeadlineMissed.class);
        assertThat(miss.episode()).isEqualTo(1);
        assertThat(miss.dueAt()).isEqualTo(vn("2026-03-09T08:00"));
        assertThat(miss.originalDueAt()).isEqualTo(vn("2026-03-09T08:00"));
        assertThat(miss.procedureCode()).isEqualTo("1.000948");
        assertThat(miss.decidingAgencyCode()).isEqualTo("000.00.01.H56");

        at("2026-03-10T10:00");
        assertThat(probe.settle(keyAndType(code, APPROACHING), QUIET)).hasSize(1);
        assertThat(probe.settle(keyAndType(code, MISSED), Duration.ZERO)).hasSize(1);
        assertThat(Sla.deadline(code).getString("episodes[0].missedAt")).startsWith("2026-03-09T08:00:0");
    }

    @Test
    void rescheduleOpensEpisodeTwoWithItsOwnWarningAndMiss() {
        String code = receive(Receipt.of());
        at("2026-03-09T09:00");
        probe.awaitOne(keyAndType(code, MISSED), Sla.WAIT);

        send(code, new DossierRescheduled(code, vn("2026-03-09T10:00"), "leader@x", "chờ xác minh",
                vn("2026-03-09T08:00"), vn("2026-03-13T17:00"), "Giám đốc", false, false));
        awaitDeadline(code, j -> j.getInt("currentEpisode") == 2);
        at("2026-03-12T17:00");
        DeadlineApproaching warning = probe.awaitOne(keyAndType(code, APPROACHING), Sla.WAIT)
                .payloadAs(DeadlineApproaching.class);
        assertThat(warning.episode()).isEqualTo(2);
        assertThat(warning.dueAt()).isEqualTo(vn("2026-03-13T17:00"));
        assertThat(warning.apologyDeadline()).as("the new appointment is the last one").isNull();

        at("2026-03-13T17:00");
        List<DeadlineMissed> misses = probe.await(keyAndType(code, MISSED), 2, Sla.WAIT).stream()
                .map(r -> r.payloadAs(DeadlineMissed.class)).toList();
        assertThat(misses).extracting(DeadlineMissed::episode).containsExactly(1, 2);
        assertThat(misses.get(1).dueAt()).isEqualTo(vn("2026-03-13T17:00"));
        assertThat(misses.get(1).originalDueAt()).isEqualTo(vn("2026-03-09T08:00"));

        at("2026-03-16T09:00");
        assertThat(probe.settle(keyAndType(code, MISSED), QUIET)).hasSize(2);
        assertThat(probe.settle(keyAndType(code, APPROACHING), Duration.ZERO)).hasSize(1);
    }

    @Test
    void theAutomaticReappointmentOpensEpisodeTwoWhoseMissIsAnnouncedAndNoThirdFollows() {
        String code = receive(Receipt.of());
        at("2026-03-09T08:00");
        assertThat(probe.awaitOne(keyAndType(code, MISSED), Sla.WAIT).payloadAs(DeadlineMissed.class).episode())
                .isEqualTo(1);
        // processing's answer to that miss: the one new appointment, set by itself, late by nature
        send(code, new DossierRescheduled(code, vn("2026-03-09T08:00:05"), "system", "Quá hạn giải quyết",
                vn("2026-03-09T08:00"), vn("2026-03-16T08:00"), null, true, true));
        var rescheduled = awaitDeadline(code, j -> j.getInt("currentEpisode") == 2);
        assertThat(rescheduled.getString("apology")).isEqualTo("AUTOMATIC");
        assertThat(rescheduled.getString("currentDueAt")).isEqualTo("2026-03-16T08:00:00+07:00");
        assertThat(rescheduled.getString("apologyDeadline")).isNull();

        at("2026-03-12T08:00");
        DeadlineApproaching warning = probe.awaitOne(keyAndType(code, APPROACHING), Sla.WAIT)
                .payloadAs(DeadlineApproaching.class);
        assertThat(warning.episode()).isEqualTo(2);
        assertThat(warning.apologyDeadline()).isNull();
        // an officer's reschedule afterwards (processing refuses it; were one sent anyway) changes nothing
        send(code, new DossierRescheduled(code, vn("2026-03-13T09:00"), "leader@x", "thêm thời gian",
                vn("2026-03-09T08:00"), vn("2026-03-27T17:00"), "Giám đốc", false, true));
        at("2026-03-16T08:00");
        List<DeadlineMissed> misses = probe.await(keyAndType(code, MISSED), 2, Sla.WAIT).stream()
                .map(r -> r.payloadAs(DeadlineMissed.class)).toList();
        // episode 2's miss is what notification escalates to the agency's leaders, with no letter of a third date
        assertThat(misses.get(1).episode()).isEqualTo(2);
        assertThat(misses.get(1).dueAt()).isEqualTo(vn("2026-03-16T08:00"));
        assertThat(misses.get(1).originalDueAt()).isEqualTo(vn("2026-03-09T08:00"));
        at("2026-03-30T08:00");
        assertThat(probe.settle(keyAndType(code, MISSED), QUIET)).hasSize(2);
        var after = Sla.deadline(code);
        assertThat(after.getString("currentDueAt")).isEqualTo("2026-03-16T08:00:00+07:00");
        assertThat(after.getString("apology")).isEqualTo("AUTOMATIC");
        assertThat(after.getList("episodes")).hasSize(2);
    }

    @Test
    void theWarningLeadIsTheDecidingAgencysOwnOrItsNearestAncestorsSetting() {
        // application.properties (%test): province 000.00.77.H56 warns 3 working days ahead, commune 000.01.77.H56 1
        String province = "000.00.77.H56";
        AgencyRef own = Receipt.agency("000.01.77.H56", "UBND xã Một", AgencyLevel.COMMUNE,
                List.of(province, "000.01.77.H56"));
        AgencyRef inheriting = Receipt.agency("000.02.77.H56", "UBND xã Hai", AgencyLevel.COMMUNE,
                List.of(province, "000.02.77.H56"));
        // all due Monday 9/3 08:00
        String ofOwn = receive(Receipt.of().code(Receipt.uniqueCode(own.code())).deciding(own));
        String ofInheriting = receive(Receipt.of().code(Receipt.uniqueCode(inheriting.code())).deciding(inheriting));
        String ofDefault = receive(Receipt.of());

        at("2026-03-04T08:00");
        assertThat(probe.awaitOne(keyAndType(ofInheriting, APPROACHING), Sla.WAIT).payloadAs(DeadlineApproaching.class)
                .apologyDeadline()).isEqualTo(vn("2026-03-06T08:00"));
        assertThat(probe.settle(keyAndType(ofOwn, APPROACHING), QUIET)).isEmpty();
        assertThat(probe.settle(keyAndType(ofDefault, APPROACHING), Duration.ZERO)).isEmpty();
        at("2026-03-05T08:00");
        probe.awaitOne(keyAndType(ofDefault, APPROACHING), Sla.WAIT);
        assertThat(probe.settle(keyAndType(ofOwn, APPROACHING), Duration.ofSeconds(1))).isEmpty();
        at("2026-03-06T08:00");
        assertThat(probe.awaitOne(keyAndType(ofOwn, APPROACHING), Sla.WAIT).payloadAs(DeadlineApproaching.class)
                .occurredAt()).isBetween(vn("2026-03-06T08:00"), vn("2026-03-06T08:01"));
    }

    @Test
    void aPausedDossierNeitherWarnsNorMissesAndItsDueMovesByThePause() {
        String code = receive(Receipt.of());
        send(code, new SupplementRequested(code, vn("2026-03-05T10:00"), "an@stp", "thiếu", List.of("CCCD"), 1));
        awaitDeadline(code, j -> j.getBoolean("paused"));

        at("2026-03-10T09:00");
        assertThat(probe.settle(keyAndType(code, MISSED), QUIET)).isEmpty();
        assertThat(probe.settle(keyAndType(code, APPROACHING), Duration.ZERO)).isEmpty();

        // paused Thu 10:00 .. Tue 10:00 = 5 + 7.5 + 7.5 + 2.5 = 22.5 working hours, added to Mon 9/3 08:00
        send(code, new SupplementReceived(code, vn("2026-03-10T10:00"), "clerk@x"));
        var resumed = awaitDeadline(code, j -> !j.getBoolean("paused"));
        assertThat(resumed.getString("currentDueAt")).isEqualTo("2026-03-12T08:00:00+07:00");
        assertThat(resumed.getLong("totalPausedWorkingSeconds")).isEqualTo(22 * 3600 + 1800);

        at("2026-03-11T08:00");
        assertThat(probe.awaitOne(keyAndType(code, APPROACHING), Sla.WAIT).payloadAs(DeadlineApproaching.class).dueAt())
                .isEqualTo(vn("2026-03-12T08:00"));
        at("2026-03-12T08:00");
        probe.awaitOne(keyAndType(code, MISSED), Sla.WAIT);
    }

    @Test
    void aBackdatedPauseClosedWhileTheScannerWarnsMovesTheAppointment() throws Exception {
        // as e2e ApologyLawTest: keyed in late, so its warning is due at once; paused for a supplement that arrives
        // only now (all backdated), while the scanner keeps scanning
        clock.setTo(vn("2026-03-09T09:00"));
        java.util.concurrent.atomic.AtomicBoolean scanning = new java.util.concurrent.atomic.AtomicBoolean(true);
        CompletableFuture<Void> scans = CompletableFuture.runAsync(() -> {
            while (scanning.get()) {
                scanner.scan();
            }
        });
        List<String> codes = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                String code = Receipt.uniqueCode("000.00.01.H56");
                codes.add(code);
                send(code, Receipt.of().code(code).receivedAt(vn("2026-03-02T14:00")).build());
                send(code, new ProcessingStarted(code, vn("2026-03-02T14:20"), "clerk@x", "Thẩm định", "000.01.01.H56",
                        "an@stp", null));
                if (i % 3 == 0) {
                    Thread.sleep(300); // some are warned before their pause arrives
                }
                send(code, new SupplementRequested(code, vn("2026-03-02T14:40"), "an@stp", "thiếu", List.of("CCCD"), 1));
                if (i % 3 == 1) {
                    Thread.sleep(300);
                }
                send(code, new SupplementReceived(code, vn("2026-03-09T08:59"), "clerk@x"));
            }
            for (String code : codes) {
                var closed = awaitDeadline(code, j -> j.getString("pausedIntervals[0].end") != null);
                assertThat(java.time.OffsetDateTime.parse(closed.getString("currentDueAt")).toInstant())
                        .as(code + " after its pause").isAfter(vn("2026-03-13T08:00"));
            }
        } finally {
            scanning.set(false);
            scans.get();
        }
    }

    @Test
    void aBackdatedReceiptIsMissedAtTheNextScan() {
        clock.setTo(vn("2026-03-02T10:00"));
        String code = receive(Receipt.of().receivedAt(vn("2026-02-02T08:00")));
        scanner.scan();
        DeadlineMissed miss = probe.awaitOne(keyAndType(code, MISSED), Sla.WAIT).payloadAs(DeadlineMissed.class);
        assertThat(miss.dueAt()).isEqualTo(vn("2026-02-09T08:00"));
        assertThat(probe.settle(keyAndType(code, APPROACHING), Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void aMigratedDossiersAppointmentThatPassedBeforeItsImportIsHistoryNotAMiss() {
        clock.setTo(vn("2026-03-20T10:00"));
        Instant imported = vn("2026-03-20T09:30");
        // the same dates as a live dossier keyed in late, but imported from the previous system with its history
        String history = receive(Receipt.of().migratedAt(imported));
        String live = receive(Receipt.of());
        // imported while still within its deadline (due Monday 23 March 08:00): announced like any other
        String current = receive(Receipt.of().receivedAt(vn("2026-03-16T08:00")).migratedAt(imported));

        scanner.scan();
        assertThat(probe.awaitOne(keyAndType(live, MISSED), Sla.WAIT).payloadAs(DeadlineMissed.class).dueAt())
                .isEqualTo(vn("2026-03-09T08:00"));
        assertThat(probe.awaitOne(keyAndType(current, APPROACHING), Sla.WAIT).payloadAs(DeadlineApproaching.class)
                .dueAt()).isEqualTo(vn("2026-03-23T08:00"));
        at("2026-03-23T08:00");
        probe.awaitOne(keyAndType(current, MISSED), Sla.WAIT);

        assertThat(probe.settle(r -> history.equals(r.key()), QUIET)).isEmpty();
        var deadline = Sla.deadline(history);
        assertThat(deadline.getString("migratedAt")).startsWith("2026-03-20T09:30");
        assertThat(deadline.getString("episodes[0].missedAt")).isNull();
        assertThat(deadline.getString("nextCheckAt")).as("nothing left to look at").isNull();
        assertThat(Sla.deadline(live).getString("migratedAt")).isNull();
    }

    @Test
    void twoScannersRunningAtOnceEmitOnce() throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Receipt receipt = Receipt.of();
            send(receipt.code(), receipt.build());
            codes.add(receipt.code());
        }
        codes.forEach(c -> awaitDeadline(c, j -> j.getString("nextCheckAt") != null));

        clock.setTo(vn("2026-03-09T09:00"));
        CyclicBarrier barrier = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> runs = List.of(
                CompletableFuture.supplyAsync(() -> scanAfter(barrier)),
                CompletableFuture.supplyAsync(() -> scanAfter(barrier)));
        int scanned = runs.get(0).get() + runs.get(1).get();
        assertThat(scanned).isGreaterThanOrEqualTo(0);

        Set<String> ours = Set.copyOf(codes);
        probe.await(r -> ours.contains(r.key()) && MISSED.equals(r.ceType()), codes.size(), Sla.WAIT);
        List<ReceivedEvent> misses = probe.settle(r -> ours.contains(r.key()) && MISSED.equals(r.ceType()), QUIET);
        assertThat(misses).hasSize(codes.size());
        assertThat(misses.stream().map(ReceivedEvent::key).collect(Collectors.toSet())).isEqualTo(ours);
    }

    private int scanAfter(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return scanner.scan();
    }
}
