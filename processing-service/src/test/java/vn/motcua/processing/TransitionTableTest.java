package vn.motcua.processing;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;

/** Every action in every reachable status, through REST: allowed ones reach their status, the others are 409. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
class TransitionTableTest {
    private static final List<String> ACTIONS = List.of("assign", "supplement-requests", "supplements",
            "fee-requests", "fee-payments", "reschedule", "complete", "return", "refuse", "withdraw", "stop");

    /** How to reach each status from receipt. */
    private static final Map<Integer, List<String>> PATHS = new LinkedHashMap<>();
    /** The state table of the README. */
    private static final Map<Integer, List<String>> ALLOWED = Map.of(
            2, List.of("assign", "supplement-requests", "refuse", "withdraw", "stop"),
            4, List.of("assign", "supplement-requests", "fee-requests", "reschedule", "complete", "refuse", "withdraw",
                    "stop"),
            5, List.of("supplements", "refuse", "withdraw", "stop"),
            6, List.of("fee-payments", "withdraw", "stop"),
            9, List.of("return"),
            3, List.of(), 7, List.of(), 8, List.of(), 10, List.of());
    private static final Map<String, Integer> TARGET = Map.ofEntries(Map.entry("assign", 4),
            Map.entry("supplement-requests", 5), Map.entry("supplements", 4), Map.entry("fee-requests", 6),
            Map.entry("fee-payments", 4), Map.entry("reschedule", 4), Map.entry("complete", 9), Map.entry("return", 10),
            Map.entry("refuse", 3), Map.entry("withdraw", 7), Map.entry("stop", 8));
    private static final Map<Integer, String> NAMES = Map.of(2, "RECEIVED", 3, "NOT_ACCEPTED", 4, "IN_PROGRESS",
            5, "SUPPLEMENT_REQUESTED", 6, "AWAITING_FEES", 7, "WITHDRAWN", 8, "STOPPED", 9, "COMPLETED", 10, "RETURNED");

    static {
        PATHS.put(2, List.of());
        PATHS.put(4, List.of("assign"));
        PATHS.put(5, List.of("assign", "supplement-requests"));
        PATHS.put(6, List.of("assign", "fee-requests"));
        PATHS.put(9, List.of("assign", "complete"));
        PATHS.put(10, List.of("assign", "complete", "return"));
        PATHS.put(3, List.of("refuse"));
        PATHS.put(7, List.of("withdraw"));
        PATHS.put(8, List.of("stop"));
    }

    @Test
    void actionsNotAllowedAre409NamingTheStatusAndTheAllowedActions() {
        Iterator<String> codes = Fixtures.receiveNew(PATHS.size()).iterator();
        for (Map.Entry<Integer, List<String>> status : PATHS.entrySet()) {
            String code = codes.next();
            Fixtures.drive(code, status.getValue());
            int refused = 0;
            for (String action : ACTIONS) {
                if (ALLOWED.get(status.getKey()).contains(action)) {
                    continue;
                }
                refused++;
                Fixtures.act(code, action, Fixtures.body(action)).statusCode(409)
                        .contentType(startsWith("application/problem+json"))
                        .body("status", equalTo(409))
                        .body("action", equalTo(action))
                        .body("currentStatus.code", equalTo(status.getKey()))
                        .body("currentStatus.name", equalTo(NAMES.get(status.getKey())))
                        .body("detail", containsString(NAMES.get(status.getKey())))
                        .body("allowedActions", containsInAnyOrder(ALLOWED.get(status.getKey()).toArray()));
            }
            // refusals leave no trace: the history is exactly the path that led here
            Fixtures.view(code).statusCode(200)
                    .body("status.code", equalTo(status.getKey()))
                    .body("history", hasSize(1 + status.getValue().size()));
            org.assertj.core.api.Assertions.assertThat(refused)
                    .isEqualTo(ACTIONS.size() - ALLOWED.get(status.getKey()).size());
        }
    }

    @Test
    void allowedActionsReachTheirStatus() {
        List<String[]> cases = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> status : PATHS.entrySet()) {
            for (String action : ALLOWED.get(status.getKey())) {
                cases.add(new String[] {String.valueOf(status.getKey()), action});
            }
        }
        Iterator<String> codes = Fixtures.receiveNew(cases.size()).iterator();
        for (String[] c : cases) {
            String code = codes.next();
            int from = Integer.parseInt(c[0]);
            Fixtures.drive(code, PATHS.get(from));
            Fixtures.act(code, c[1], Fixtures.body(c[1])).statusCode(200)
                    .body("code", equalTo(code))
                    .body("status.code", equalTo(TARGET.get(c[1])))
                    .body("history[-1].action", equalTo(c[1]))
                    .body("history[-1].fromStatus.code", equalTo(from))
                    .body("history[-1].toStatus.code", equalTo(TARGET.get(c[1])));
        }
    }
}
