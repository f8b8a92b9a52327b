package vn.motcua.processing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;

/**
 * The citizen rates the service once the result is returned (issue 17): with the slip's PIN (phone digits for a
 * dossier without one), once, behind the lookup's limits; bad scores are named.
 */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "processing"))
class RatingTest {
    static final String PIN = "R8TQ4MZK";
    static final List<String> TO_RETURNED = List.of("assign", "complete", "return");
    private static final AtomicInteger IPS = new AtomicInteger(1);

    @Test
    void theRightPinRatesOnceAndASecondRatingIs409() {
        String code = Fixtures.receiveNewWithPin(PIN);
        Fixtures.drive(code, TO_RETURNED);
        lookup(code).then().statusCode(200).body("rating.open", equalTo(true)).body("rating.rated", equalTo(false));

        rate(code, Map.of("pin", "r8tq-4mzk", "scores", scores(5, 4, 5, 4, 3), "comment", "Cán bộ nhiệt tình"))
                .then().statusCode(201)
                .body("dossierCode", equalTo(code))
                .body("ratedAt", notNullValue())
                .body("scores.ACCESS", equalTo(5)).body("scores.FEEDBACK", equalTo(3))
                .body("message", equalTo("Cảm ơn ông/bà đã đánh giá"))
                .body("comment", org.hamcrest.Matchers.nullValue());
        lookup(code).then().statusCode(200).body("rating.open", equalTo(false)).body("rating.rated", equalTo(true));

        Response second = rate(code, Map.of("pin", PIN, "scores", scores(1, 1, 1, 1, 1)));
        second.then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("rule", equalTo("a dossier is rated once: this one has been rated already"));
        // the public lookup never shows the comment
        assertThat(lookup(code).asString()).doesNotContain("nhiệt tình");
    }

    @Test
    void aDossierWithoutPinIsRatedWithThePhoneDigits() {
        String code = Fixtures.receiveNew();
        Fixtures.drive(code, TO_RETURNED);
        rate(code, Map.of("phoneLast4", "5678", "scores", scores(4, 4, 4, 4, 4))).then().statusCode(201);
    }

    @Test
    void aWrongSecretIs404AndCountsAgainstTheCodeLikeALookup() {
        String code = Fixtures.receiveNewWithPin(PIN);
        Fixtures.drive(code, TO_RETURNED);
        Response wrong = rate(code, Map.of("pin", "ABCDEFGH", "scores", scores(5, 5, 5, 5, 5)));
        wrong.then().statusCode(404).contentType(startsWith("application/problem+json"));
        Response unknown = rate(Fixtures.newCode(), Map.of("pin", PIN, "scores", scores(5, 5, 5, 5, 5)));
        assertThat(wrong.jsonPath().getString("detail")).isEqualTo(unknown.jsonPath().getString("detail"));
        // the phone digits are no secret for a dossier with a PIN
        rate(code, Map.of("phoneLast4", "5678", "scores", scores(5, 5, 5, 5, 5))).then().statusCode(404);
        for (int i = 0; i < 3; i++) {
            rate(code, Map.of("pin", "ABCDEFG" + (2 + i), "scores", scores(5, 5, 5, 5, 5))).then().statusCode(404);
        }
        // five failures: the lookup itself is blocked now, even with the right PIN
        from(nextIp()).queryParam("pin", PIN).get("/public/v1/dossiers/{code}", code).then().statusCode(429)
                .header("Retry-After", notNullValue());
        rate(code, Map.of("pin", PIN, "scores", scores(5, 5, 5, 5, 5))).then().statusCode(429);
    }

    @Test
    void aDossierWhoseResultIsNotReturnedIsRefusedNamingTheRule() {
        String inProgress = Fixtures.receiveNewWithPin(PIN);
        Fixtures.drive(inProgress, List.of("assign"));
        String completed = Fixtures.receiveNewWithPin(PIN);
        Fixtures.drive(completed, List.of("assign", "complete"));
        for (String code : List.of(inProgress, completed)) {
            rate(code, Map.of("pin", PIN, "scores", scores(5, 5, 5, 5, 5))).then().statusCode(409)
                    .contentType(startsWith("application/problem+json"))
                    .body("rule", equalTo("only a dossier whose result was returned (status 10) may be rated"))
                    .body("errors[0].field", equalTo("status"));
            lookup(code).then().body("rating.open", equalTo(false)).body("rating.rated", equalTo(false));
        }
        // refused, not rated: once returned it may be rated
        Fixtures.drive(completed, List.of("return"));
        rate(completed, Map.of("pin", PIN, "scores", scores(5, 5, 5, 5, 5))).then().statusCode(201);
    }

    @Test
    void badScoresAndCommentsAre400NamingTheField() {
        String code = Fixtures.receiveNewWithPin(PIN);
        Fixtures.drive(code, TO_RETURNED);
        Map<String, Object> missing = new HashMap<>(scores(5, 5, 5, 5, 5));
        missing.remove("RESULT");
        Map<String, Object> tooHigh = new HashMap<>(scores(5, 5, 5, 5, 5));
        tooHigh.put("ACCESS", 6);
        Map<String, Object> fraction = new HashMap<>(scores(5, 5, 5, 5, 5));
        fraction.put("OFFICER", 4.5);
        Map<String, Object> text = new HashMap<>(scores(5, 5, 5, 5, 5));
        text.put("PROCEDURE", "5");
        Map<String, Object> unknown = new HashMap<>(scores(5, 5, 5, 5, 5));
        unknown.put("SPEED", 5);
        Map<Map<String, Object>, String> cases = Map.of(
                Map.of("pin", PIN, "scores", missing), "scores.RESULT",
                Map.of("pin", PIN, "scores", tooHigh), "scores.ACCESS",
                Map.of("pin", PIN, "scores", fraction), "scores.OFFICER",
                Map.of("pin", PIN, "scores", text), "scores.PROCEDURE",
                Map.of("pin", PIN, "scores", unknown), "scores.SPEED",
                Map.of("pin", PIN), "scores",
                Map.of("pin", PIN, "scores", scores(5, 5, 5, 5, 5), "comment", "a".repeat(1001)), "comment",
                Map.of("scores", scores(5, 5, 5, 5, 5)), "pin",
                Map.of("pin", "K7M2", "scores", scores(5, 5, 5, 5, 5)), "pin");
        cases.forEach((body, field) -> rate(code, body).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo(field)));
        // none of them was a guess, none was a rating: the right one still goes through
        rate(code, Map.of("pin", PIN, "scores", scores(5, 5, 5, 5, 5), "comment", "é".repeat(1000)))
                .then().statusCode(201);
    }

    /** Scores for ACCESS, PROCEDURE, OFFICER, RESULT, FEEDBACK, in that order. */
    static Map<String, Object> scores(int access, int procedure, int officer, int result, int feedback) {
        return Map.of("ACCESS", access, "PROCEDURE", procedure, "OFFICER", officer, "RESULT", result,
                "FEEDBACK", feedback);
    }

    static Response rate(String code, Map<String, ?> body) {
        return from(nextIp()).contentType("application/json; charset=UTF-8").body(body).post("/public/v1/dossiers/{code}/rating", code);
    }

    private static Response lookup(String code) {
        return from(nextIp()).queryParam("pin", PIN).get("/public/v1/dossiers/{code}", code);
    }

    /**
     * Each request its own client address (the service trusts X-Forwarded-For from localhost, as from a proxy); 10.89.x,
     * because CitizenLookupPageTest draws 10.88.x and the per-address limit is shared in one JVM.
     */
    static RequestSpecification from(String ip) {
        return given().header("X-Forwarded-For", ip);
    }

    static String nextIp() {
        int n = IPS.getAndIncrement();
        return "10.89." + (n / 250) + "." + (n % 250 + 1);
    }
}
