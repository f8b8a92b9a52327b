package vn.motcua.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.calendar.OfficialCalendars;
import vn.motcua.calendar.WorkingTimeUnit;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.AgencyLevel;
import vn.motcua.events.Channel;
import vn.motcua.events.ContactChannel;
import vn.motcua.events.EventTypes;
import vn.motcua.events.ProcessingTimeUnit;
import vn.motcua.events.SupplementPolicy;
import vn.motcua.events.Topics;
import vn.motcua.events.lifecycle.DossierReceived;
import vn.motcua.support.time.VnTime;
import vn.motcua.testkit.ReceivedEvent;
import vn.motcua.testkit.TopicProbe;

/** A dossier received at the counter: the answer, the stored dossier, the slip and the DossierReceived CloudEvent. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
class DossierReceiptTest {

    @Test
    void receiptAnswers201WithCodeAppointmentAndSlip() {
        String parent = TestData.createAgency(TestData.ROOT);
        String counter = TestData.createAgency(parent);
        String procedure = TestData.createProcedure(parent, 5, "WORKING_DAYS");
        String today = LocalDate.now(VnTime.ZONE).format(DateTimeFormatter.ofPattern("yyMMdd"));

        Response created = TestData.as("clerk", parent).body(TestData.dossier(procedure, counter))
                .post("/api/v1/dossiers").then().statusCode(201)
                .header("Location", endsWith("/api/v1/dossiers/" + counter + "-" + today + "-0001"))
                .body("dossierCode", equalTo(counter + "-" + today + "-0001"))
                .body("status.code", equalTo(2))
                .body("status.name", equalTo("Được tiếp nhận"))
                .body("receivedAt", endsWith("+07:00"))
                .body("dueAt", endsWith("+07:00"))
                .body("receipt.applicant.idNumber", equalTo("*********345"))
                .body("receipt.processingTime.text", equalTo("5 ngày làm việc"))
                .body("receipt.documents[1].original", equalTo(false))
                .body("receipt.clerk", equalTo("clerk.tester@motcua.local"))
                .extract().response();
        String code = created.path("dossierCode");

        TestData.as("officer", parent).get("/api/v1/dossiers/" + code).then().statusCode(200)
                .body("dossierCode", equalTo(code))
                .body("procedureVersion", equalTo(1))
                .body("decidingAgencyCode", equalTo(parent))
                .body("enteredBy", equalTo("clerk.tester@motcua.local"))
                .body("receipt.applicant.idNumber", equalTo("*********345"));
        TestData.as("clerk", counter).get("/api/v1/dossiers/" + code + "/receipt").then().statusCode(200)
                .body("dossierCode", equalTo(code))
                .body("appointment.text", equalTo(created.<String>path("receipt.appointment.text")));

        String slip = TestData.as("clerk", counter).accept("text/html").get("/api/v1/dossiers/" + code + "/receipt")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"))
                .body(containsString("Thời gian trả kết quả giải quyết hồ sơ: "
                        + created.<String>path("receipt.appointment.text")))
                .body(containsString("079190012345"))
                .body(containsString("Bản sao căn cước"))
                .extract().asString();
        assertThat(slip).contains("Nguyễn Thị Bích Ngọc", "0912345678", "ngoc.nguyen@example.vn", "Bản chính",
                "5 ngày làm việc", "Đăng ký nhận kết quả tại", "clerk.tester@motcua.local");
    }

    @Test
    void dossierReceivedIsPublishedAsACloudEventWithEverythingDownstreamNeeds() {
        String parent = TestData.createAgency(TestData.ROOT);
        String counter = TestData.createAgency(parent);
        String procedure = TestData.createProcedure(parent, 4, "WORKING_HOURS");
        Map<String, Object> body = TestData.dossier(procedure, counter);
        body.put("channel", "ONLINE");
        body.put("authorisedPerson", Map.of("fullName", "Trần Văn Bình", "idNumber", "001203004567",
                "phone", "+84987654321", "address", "Xã Lộc Ninh, tỉnh Đồng Nai", "preferredChannel", "ZALO"));
        String code = TestData.as("clerk", counter).body(body).post("/api/v1/dossiers").then().statusCode(201)
                .extract().path("dossierCode");

        try (TopicProbe probe = TopicProbe.of(DevstackTestResource.kafkaBootstrapServers(), Topics.DOSSIER_LIFECYCLE)) {
            ReceivedEvent record = probe.awaitOne(TopicProbe.keyAndType(code, "vn.motcua.dossier.received.v1"),
                    Duration.ofSeconds(30));
            assertThat(record.header("ce_specversion")).isEqualTo("1.0");
            assertThat(UUID.fromString(record.ceId())).isNotNull();
            assertThat(record.header("ce_source")).isEqualTo("/intake-service");
            assertThat(record.ceType()).isEqualTo(EventTypes.typeOf(DossierReceived.class));
            assertThat(record.header("ce_subject")).isEqualTo(code);
            assertThat(record.header("ce_time")).isNotBlank();
            assertThat(record.header("content-type")).isEqualTo("application/json");
            assertThat(record.json()).doesNotContain("079190012345").doesNotContain("001203004567");

            DossierReceived event = record.payloadAs(DossierReceived.class);
            assertThat(event.dossierCode()).isEqualTo(code);
            assertThat(event.actor()).isEqualTo("clerk.tester@motcua.local");
            assertThat(event.enteredAt()).isNotNull();
            assertThat(event.procedureCode()).isEqualTo(procedure);
            assertThat(event.procedureVersion()).isEqualTo(1);
            assertThat(event.procedureName()).isEqualTo("Thủ tục thử nghiệm " + procedure);
            assertThat(event.fieldCode()).isEqualTo("TN");
            assertThat(event.fieldName()).isEqualTo("Thử nghiệm");
            assertThat(event.decidingAgency().path()).containsExactly(TestData.ROOT, parent);
            assertThat(event.decidingAgency().level()).isEqualTo(AgencyLevel.COMMUNE);
            assertThat(event.receivingAgency().path()).containsExactly(TestData.ROOT, parent, counter);
            assertThat(event.receivingAgency().name()).isEqualTo("Cơ quan thử nghiệm " + counter);
            assertThat(event.channel()).isEqualTo(Channel.ONLINE);
            assertThat(event.processingTime().amount()).isEqualTo(4);
            assertThat(event.processingTime().unit()).isEqualTo(ProcessingTimeUnit.WORKING_HOURS);
            assertThat(event.supplementPolicy()).isEqualTo(SupplementPolicy.PAUSE);
            assertThat(event.calendarId()).isEqualTo("vn-national");
            BusinessCalendar national = OfficialCalendars.calendar("vn-national");
            assertThat(event.dueAt()).isEqualTo(national.due(event.receivedAt(), 4, WorkingTimeUnit.WORKING_HOURS));
            assertThat(event.applicant().fullName()).isEqualTo("Nguyễn Thị Bích Ngọc");
            assertThat(event.applicant().phone()).isEqualTo("0912345678");
            assertThat(event.applicant().email()).isEqualTo("ngoc.nguyen@example.vn");
            assertThat(event.applicant().preferredChannel()).isEqualTo(ContactChannel.EMAIL);
            assertThat(event.authorisedPerson().fullName()).isEqualTo("Trần Văn Bình");
            assertThat(event.authorisedPerson().preferredChannel()).isEqualTo(ContactChannel.ZALO);
            assertThat(event.noticeRecipient().phone()).isEqualTo("+84987654321");
        }
    }

    /** Friday 16:00 + 3 working days = Wednesday 16:00 (calendar README), on a recent week without holidays. */
    @Test
    void appointmentCountsWorkingDaysOfTheDecidingAgencysCalendar() {
        String agency = TestData.createAgency(TestData.ROOT);
        String procedure = TestData.createProcedure(agency, 3, "WORKING_DAYS");
        BusinessCalendar national = OfficialCalendars.calendar("vn-national");
        ZonedDateTime friday = TestData.recentFriday(d -> national.isWorkingDay(d) && national.isWorkingDay(d.plusDays(3))
                && national.isWorkingDay(d.plusDays(4)) && national.isWorkingDay(d.plusDays(5)));
        Map<String, Object> body = TestData.dossier(procedure, agency);
        body.put("receivedAt", friday.toOffsetDateTime().toString());

        Response created = TestData.as("clerk", agency).body(body).post("/api/v1/dossiers").then().statusCode(201)
                .body("receipt.appointment.time", equalTo("16:00"))
                .body("receipt.appointment.text", matchesPattern("16 giờ 00 phút, Thứ Tư, ngày .*"))
                .extract().response();
        assertThat(OffsetDateTime.parse(created.path("receivedAt"))).isEqualTo(friday.toOffsetDateTime());
        assertThat(OffsetDateTime.parse(created.path("dueAt"))).isEqualTo(friday.plusDays(5).toOffsetDateTime());
    }

    @Test
    void aDossierIsVisibleOnlyWithinItsAgencies() {
        String agency = TestData.createAgency(TestData.ROOT);
        String other = TestData.createAgency(TestData.ROOT);
        String procedure = TestData.createProcedure(agency, 1, "WORKING_DAYS");
        String code = TestData.as("clerk", agency).body(TestData.dossier(procedure, agency)).post("/api/v1/dossiers")
                .then().statusCode(201).extract().path("dossierCode");
        // 404, not 403: another agency learns nothing, not even that the code exists
        TestData.as("officer", other).get("/api/v1/dossiers/" + code).then().statusCode(404)
                .contentType("application/problem+json");
        TestData.as("operator", "G99").get("/api/v1/dossiers/" + code + "/receipt").then().statusCode(404);
        TestData.admin().get("/api/v1/dossiers/" + code).then().statusCode(200).body("dossierCode", equalTo(code));
        TestData.admin().get("/api/v1/dossiers/" + agency + "-000101-0001").then().statusCode(404)
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void thePrintedSlipShowsTheIdNumberOnlyToTheReceivingCounter() {
        String agency = TestData.createAgency(TestData.ROOT);
        String procedure = TestData.createProcedure(agency, 1, "WORKING_DAYS");
        String code = TestData.as("clerk", agency).body(TestData.dossier(procedure, agency)).post("/api/v1/dossiers")
                .then().statusCode(201).extract().path("dossierCode");
        String idNumber = TestData.as("clerk", agency).get("/api/v1/dossiers/" + code).then().statusCode(200)
                .extract().path("receipt.applicant.idNumber");
        assertThat(idNumber).startsWith("*");
        String counterSlip = TestData.as("clerk", agency).accept("text/html").get("/api/v1/dossiers/" + code + "/receipt")
                .then().statusCode(200).extract().asString();
        String officerSlip = TestData.as("officer", agency).accept("text/html").get("/api/v1/dossiers/" + code + "/receipt")
                .then().statusCode(200).extract().asString();
        String adminSlip = TestData.admin().accept("text/html").get("/api/v1/dossiers/" + code + "/receipt")
                .then().statusCode(200).extract().asString();
        String lastThree = idNumber.substring(idNumber.length() - 3);
        assertThat(counterSlip).containsPattern("\\d{9}" + lastThree);
        assertThat(officerSlip).doesNotContainPattern("\\d{9}" + lastThree).contains("*********" + lastThree);
        assertThat(adminSlip).doesNotContainPattern("\\d{9}" + lastThree);
    }

    @Test
    void aTokenWithoutARoleReadsNothing() {
        String agency = TestData.createAgency(TestData.ROOT);
        String procedure = TestData.createProcedure(agency, 1, "WORKING_DAYS");
        String code = TestData.as("clerk", agency).body(TestData.dossier(procedure, agency)).post("/api/v1/dossiers")
                .then().statusCode(201).extract().path("dossierCode");
        String noRole = vn.motcua.devstack.DevstackTestResource.tokens()
                .mint("someone@" + agency, List.of(), agency, null, java.time.Duration.ofMinutes(5));
        io.restassured.RestAssured.given().auth().oauth2(noRole).get("/api/v1/dossiers/" + code).then().statusCode(403);
        io.restassured.RestAssured.given().auth().oauth2(noRole).get("/api/v1/procedures").then().statusCode(403);
    }
}
