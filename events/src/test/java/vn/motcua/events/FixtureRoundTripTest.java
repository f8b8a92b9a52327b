package vn.motcua.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.motcua.events.lifecycle.DossierLifecycleEvent;
import vn.motcua.events.lifecycle.DossierReceived;

/** Every event type has a fixture, and each fixture survives read-then-write unchanged: a contract change is a visible diff. */
class FixtureRoundTripTest {

    @TestFactory
    Stream<DynamicTest> everyTypeRoundTripsItsFixture() {
        return EventTypes.all().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            byte[] fixture = fixture(entry.getKey());
            Object event = EventJson.read(fixture, entry.getKey());
            assertThat(event).isInstanceOf(entry.getValue());
            JsonNode expected = EventJson.mapper().readTree(fixture);
            JsonNode actual = EventJson.mapper().readTree(EventJson.write(event));
            assertThat(actual).isEqualTo(expected);
            assertThat(EventTypes.typeOf(event.getClass())).isEqualTo(entry.getKey());
        }));
    }

    @Test
    void receivedCarriesWhatDownstreamNeeds() throws IOException {
        DossierReceived received = (DossierReceived) EventJson.read(fixture("vn.motcua.dossier.received.v1"),
                "vn.motcua.dossier.received.v1");
        assertThat(received.receivedAt()).isEqualTo(received.occurredAt());
        assertThat(received.noticeRecipient().fullName()).isEqualTo("Lê Văn Cường");
        assertThat(received.decidingAgency().isWithin("000.00.00.H56")).isTrue();
        assertThat(received.processingTime().unit()).isEqualTo(ProcessingTimeUnit.WORKING_DAYS);
        assertThat(((DossierLifecycleEvent) received).statusAfter()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(DossierStatus.RECEIVED.code()).isEqualTo(2);
    }

    @Test
    void aReceiptWithoutTheMigratedFlagIsALiveOne() throws IOException {
        String json = new String(fixture("vn.motcua.dossier.received.v1"), java.nio.charset.StandardCharsets.UTF_8)
                .replace(",\n  \"migrated\": false", "").replace(",\n  \"lookupPin\": \"K7M2XQ9P\"", "");
        assertThat(json).doesNotContain("migrated", "lookupPin");
        DossierReceived received = (DossierReceived) EventJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "vn.motcua.dossier.received.v1");
        assertThat(received.migrated()).isFalse();
        assertThat(received.lookupPin()).as("a receipt from before the lookup PIN").isNull();
        assertThat(received.dossierCode()).isEqualTo("000.17.22.H56-250531-0001");
    }

    @Test
    void theLookupPinTravelsButNeverShowsInToString() throws IOException {
        DossierReceived received = (DossierReceived) EventJson.read(fixture("vn.motcua.dossier.received.v1"),
                "vn.motcua.dossier.received.v1");
        assertThat(received.lookupPin()).isEqualTo("K7M2XQ9P");
        assertThat(received.toString()).contains("000.17.22.H56-250531-0001")
                .doesNotContain("K7M2XQ9P", "0912345678", "binh.tran@example.vn");
        DossierReceived old = new DossierReceived(received.dossierCode(), received.occurredAt(), received.actor(),
                received.enteredAt(), received.procedureCode(), received.procedureVersion(), received.procedureName(),
                received.fieldCode(), received.fieldName(), received.decidingAgency(), received.receivingAgency(),
                received.channel(), received.dueAt(), received.processingTime(), received.supplementPolicy(),
                received.calendarId(), received.applicant(), received.authorisedPerson(), false);
        assertThat(old.lookupPin()).isNull();
        assertThat(new String(EventJson.write(old), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("lookupPin");
        assertThat(old.steps()).as("a receipt from before step plans").isEmpty();
        assertThat(old.withLookupPin("K7M2XQ9P").withSteps(received.steps()).withIndexFacts(received.indexFacts()))
                .isEqualTo(received);
        assertThat(received.steps()).extracting(PlannedStep::name).containsExactly("Thẩm định hồ sơ", "Phê duyệt");
        assertThat(received.steps().get(1).unitCode()).isNull();
    }

    @Test
    void theIndexFactsAreOptionalAndARatingChangesNoStatus() throws IOException {
        DossierReceived received = (DossierReceived) EventJson.read(fixture("vn.motcua.dossier.received.v1"),
                "vn.motcua.dossier.received.v1");
        assertThat(received.indexFacts().onlineLevel()).isEqualTo(OnlineLevel.PARTIAL);
        assertThat(received.indexFacts().fee().channel()).isEqualTo(FeeChannel.OFFLINE);
        DossierReceived before = received.withIndexFacts(null);
        assertThat(new String(EventJson.write(before), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("indexFacts");
        assertThat(before.withIndexFacts(received.indexFacts())).isEqualTo(received);
        assertThat(new vn.motcua.events.lifecycle.FeesPaid("X-1", received.occurredAt(), "a").payment()).isNull();
        DossierLifecycleEvent rated = (DossierLifecycleEvent) EventJson.read(fixture("vn.motcua.dossier.service-rated.v1"),
                "vn.motcua.dossier.service-rated.v1");
        assertThat(rated.statusAfter()).isNull();
        assertThat(((vn.motcua.events.lifecycle.ServiceRated) rated).scores()).containsEntry("FEEDBACK", 3).hasSize(5);
    }

    @Test
    void unknownFieldsAreTolerated() {
        byte[] json = "{\"dossierCode\":\"X-1\",\"occurredAt\":\"2025-01-02T03:04:05Z\",\"actor\":\"a\",\"addedLater\":1}"
                .getBytes();
        Object event = EventJson.read(json, "vn.motcua.dossier.fees-paid.v1");
        assertThat(((DossierLifecycleEvent) event).dossierCode()).isEqualTo("X-1");
    }

    @Test
    void typeNamesAreUniqueAndVersioned() {
        Map<String, Class<?>> all = EventTypes.all();
        assertThat(all).hasSize(19);
        assertThat(all.keySet()).allMatch(type -> type.startsWith("vn.motcua.") && type.endsWith(".v1"));
    }

    private static byte[] fixture(String type) throws IOException {
        try (InputStream in = FixtureRoundTripTest.class.getResourceAsStream("/fixtures/" + type + ".json")) {
            assertThat(in).as("fixture for " + type).isNotNull();
            return in.readAllBytes();
        }
    }
}
