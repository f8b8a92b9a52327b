package vn.motcua.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.bench.DossierPlan.Ending;
import vn.motcua.bench.DossierPlan.Outcome;
import vn.motcua.bench.DossierPlan.Step;

/** The planned history has the shape the brief asks for, on the intake demo catalogue. */
class PlannerTest {
    private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");
    private static Planner planner;
    private static List<DossierPlan> history;

    @BeforeAll
    static void plan() throws Exception {
        JsonNode demo = Api.JSON.readTree(Files.readString(Path.of("../intake-service/src/main/resources/demo/dong-nai.json")));
        Catalogue catalogue = Catalogue.of(demo.path("agencies"), demo.path("procedures"));
        planner = new Planner(catalogue, NOW.minus(Duration.ofDays(365)), NOW);
        SplittableRandom rnd = new SplittableRandom(42);
        history = IntStream.range(0, 20_000).mapToObj(i -> planner.history(rnd)).toList();
    }

    @Test
    void onTimeShareOfTheClosedHistoryIsWithinWhatProvincesReport() {
        List<DossierPlan> resolved = history.stream().filter(p -> p.outcome() != null).toList();
        long onTime = resolved.stream().filter(p -> p.outcome() != Outcome.LATE).count();
        double share = (double) onTime / resolved.size();
        assertThat(share).isBetween(0.95, 0.99);
        assertThat(resolved.size()).isGreaterThan(19_500);
    }

    @Test
    void someAgenciesAreClearlyWorseThanOthers() {
        Map<String, Double> lateShare = history.stream().filter(p -> p.outcome() != null)
                .collect(Collectors.groupingBy(p -> p.procedure().decidingAgencyCode(),
                        Collectors.averagingDouble(p -> p.outcome() == Outcome.LATE ? 1 : 0)));
        assertThat(lateShare.get("000.00.07.H56")).isGreaterThan(3 * lateShare.get("000.00.05.H56"));
    }

    @Test
    void mixOfChannelsEndingsAndPauses() {
        Map<String, Long> channels = history.stream().collect(Collectors.groupingBy(DossierPlan::channel, Collectors.counting()));
        double online = channels.get("ONLINE") / (double) history.size();
        assertThat(online).isBetween(0.6, 0.85);
        assertThat(channels.get("POSTAL")).isPositive();
        Map<Ending, Long> endings = history.stream().collect(Collectors.groupingBy(DossierPlan::ending,
                () -> new EnumMap<>(Ending.class), Collectors.counting()));
        assertThat(endings.keySet()).contains(Ending.REFUSED, Ending.WITHDRAWN, Ending.STOPPED);
        double supplements = share(p -> p.steps().stream().anyMatch(s -> s.action().equals("supplement-requests")));
        assertThat(supplements).isBetween(0.05, 0.10);
        double reschedules = share(DossierPlan::rescheduled);
        assertThat(reschedules).isBetween(0.005, 0.025);
    }

    @Test
    void everyDossierIsChronologicalAndNeverInTheFuture() {
        for (DossierPlan plan : history) {
            Instant previous = plan.receivedAt();
            for (Step step : plan.steps()) {
                assertThat(step.at()).isAfter(previous).isBeforeOrEqualTo(NOW);
                previous = step.at();
            }
            if (plan.rescheduled()) {
                Step reschedule = plan.steps().stream().filter(s -> s.action().equals("reschedule")).findFirst().orElseThrow();
                assertThat(reschedule.at()).isBefore(plan.scoringDueAt());
            }
        }
    }

    @Test
    void openDossiersAreRecentAndSomeAreOverdue() {
        SplittableRandom rnd = new SplittableRandom(7);
        List<DossierPlan> open = IntStream.range(0, 400).mapToObj(i -> planner.open(rnd, 25)).toList();
        assertThat(open).allMatch(p -> p.ending() == Ending.OPEN);
        assertThat(open).allMatch(p -> p.receivedAt().isAfter(NOW.minus(Duration.ofDays(26))));
        long overdue = open.stream().filter(p -> p.overdueAt(NOW)).count();
        assertThat(overdue).isBetween(20L, 250L);
    }

    private static double share(Function<DossierPlan, Boolean> predicate) {
        return history.stream().filter(predicate::apply).count() / (double) history.size();
    }
}
