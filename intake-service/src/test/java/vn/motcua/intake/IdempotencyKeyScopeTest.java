package vn.motcua.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;

/** An Idempotency-Key is its caller's own (user and agency claim), and it is looked at only after the role check. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "intake"))
class IdempotencyKeyScopeTest {
    private static final String DOSSIERS = "/api/v1/dossiers";

    @Inject
    DataSource database;

    private static Response post(String token, String key, Object body) {
        return TestData.bearer(token).header("Idempotency-Key", key).body(body).post(DOSSIERS);
    }

    private static String clerk(String agency, String user) {
        return DevstackTestResource.token("clerk", agency, user);
    }

    @Test
    void twoClerksWithTheSameKeyGetTwoReceiptsAndEachReplaysOnlyTheirOwn() {
        String agency = TestData.createAgency(TestData.ROOT);
        String procedure = TestData.createProcedure(agency, 2, "WORKING_DAYS");
        Map<String, Object> body = TestData.dossier(procedure, agency);
        String key = UUID.randomUUID().toString();
        String lan = clerk(agency, "lan.tran@" + agency);
        String minh = clerk(agency, "minh.le@" + agency);

        Response first = post(lan, key, body).then().statusCode(201).extract().response();
        // the same key and body from another clerk is that clerk's own first request: a new receipt, not Lan's answer
        Response second = post(minh, key, body).then().statusCode(201).header("Idempotent-Replayed", nullValue())
                .body("dossierCode", not(equalTo(first.path("dossierCode")))).extract().response();
        assertThat(second.asString()).doesNotContain(first.<String>path("dossierCode"));

        // each retry answers its own clerk's first receipt
        post(lan, key, body).then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location")).body(equalTo(first.asString()));
        post(minh, key, body).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body(equalTo(second.asString()));

        // another body under a key used by someone else is no conflict; under one's own key it is
        Map<String, Object> changed = TestData.dossier(procedure, agency);
        TestData.applicant(changed).put("phone", "0987654321");
        String hoa = clerk(agency, "hoa.pham@" + agency);
        post(hoa, key, changed).then().statusCode(201).header("Idempotent-Replayed", nullValue());
        post(lan, key, changed).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void theSameUserUnderAnotherAgencyClaimHasOtherKeys() {
        String agency = TestData.createAgency(TestData.ROOT);
        String procedure = TestData.createProcedure(agency, 2, "WORKING_DAYS");
        Map<String, Object> body = TestData.dossier(procedure, agency);
        String key = UUID.randomUUID().toString();
        String user = "lan.tran@" + agency;

        String code = post(clerk(agency, user), key, body).then().statusCode(201).extract().path("dossierCode");
        // the province's claim covers the agency too, but it is another scope: a new receipt
        post(clerk(TestData.ROOT, user), key, body).then().statusCode(201).header("Idempotent-Replayed", nullValue())
                .body("dossierCode", not(equalTo(code)));
    }

    @Test
    void aCallerWithoutTheRoleGets403WhateverKeyTheySend() {
        String agency = TestData.createAgency(TestData.ROOT);
        String procedure = TestData.createProcedure(agency, 2, "WORKING_DAYS");
        Map<String, Object> body = TestData.dossier(procedure, agency);
        String key = UUID.randomUUID().toString();
        String user = "lan.tran@" + agency;
        post(clerk(agency, user), key, body).then().statusCode(201);

        // the same user name, key and body, but the token is an officer's or admin's: the role check answers first
        for (String role : List.of("officer", "admin")) {
            post(DevstackTestResource.token(role, agency, user), key, body).then().statusCode(403)
                    .contentType("application/problem+json")
                    .header("Idempotent-Replayed", nullValue());
        }
        // the same on imports, the migration role's: a clerk with an importer's user name, key and batch gets 403
        Map<String, Object> receipt = TestData.dossier(procedure, agency);
        receipt.put("receivedAt", OffsetDateTime.now().minusDays(3).toString());
        Map<String, Object> batch = Map.of("dossiers", List.of(receipt));
        String importKey = UUID.randomUUID().toString();
        TestData.bearer(DevstackTestResource.token("migration", agency, user)).header("Idempotency-Key", importKey)
                .body(batch).post(DOSSIERS + "/imports").then().statusCode(201);
        TestData.bearer(clerk(agency, user)).header("Idempotency-Key", importKey).body(batch).post(DOSSIERS + "/imports")
                .then().statusCode(403).header("Idempotent-Replayed", nullValue());
    }

    @Test
    void aKeyStoredBeforeKeysHadCallersStillAnswersItsUser() throws SQLException {
        String agency = TestData.createAgency(TestData.ROOT);
        String procedure = TestData.createProcedure(agency, 2, "WORKING_DAYS");
        Map<String, Object> body = TestData.dossier(procedure, agency);
        String key = UUID.randomUUID().toString();
        String user = "lan.tran@" + agency;
        Response first = post(clerk(agency, user), key, body).then().statusCode(201).extract().response();
        // what V3 made of a row stored before it: the caller is the dossier's entered_by alone
        try (Connection c = database.getConnection();
                PreparedStatement update = c.prepareStatement("update idempotency_key set caller = ? where idempotency_key = ?")) {
            update.setString(1, "[\"" + user + "\"]");
            update.setString(2, key);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        // the user's retry is answered, whatever their agency claim now; another user's same key is a new one
        post(clerk(TestData.ROOT, user), key, body).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body(equalTo(first.asString()));
        post(clerk(agency, "minh.le@" + agency), key, body).then().statusCode(201)
                .header("Idempotent-Replayed", nullValue()).body("dossierCode", not(equalTo(first.path("dossierCode"))));
    }
}
