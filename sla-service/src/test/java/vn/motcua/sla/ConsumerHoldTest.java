package vn.motcua.sla;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.support.messaging.EventConsumers;

/** Holding consumption keeps events queued on the topic; releasing it applies them, nothing lost or repeated. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "sla"))
class ConsumerHoldTest {
    @Inject
    EventConsumers consumers;

    @AfterEach
    void release() {
        consumers.release();
    }

    @Test
    void heldEventsWaitOnTheTopicAndAreAppliedOnRelease() throws InterruptedException {
        String before = Sla.receive(Receipt.of());
        consumers.hold();
        Receipt receipt = Receipt.of();
        Sla.send(receipt.code(), receipt.build());
        long handled = consumers.processedCount();
        Thread.sleep(3000);
        assertThat(consumers.processedCount()).as("nothing consumed while held").isEqualTo(handled);
        given().auth().oauth2(Sla.admin()).get("/api/v1/deadlines/" + receipt.code()).then().statusCode(404);

        consumers.release();
        Sla.awaitDeadline(receipt.code(), j -> receipt.code().equals(j.getString("dossierCode")));
        assertThat(Sla.deadline(before).getString("dossierCode")).isEqualTo(before);
    }
}
