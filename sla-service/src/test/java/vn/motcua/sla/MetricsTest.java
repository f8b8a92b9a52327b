package vn.motcua.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sla.Receipt.vn;
import static vn.motcua.sla.Sla.send;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.motcua.devstack.DevstackTestResource;
import vn.motcua.events.AgencyLevel;
import vn.motcua.events.lifecycle.ProcessingCompleted;
import vn.motcua.testkit.Management;

/** Prometheus exposes outcome counters and per-agency gauges of open and overdue dossiers. */
@QuarkusTest
@QuarkusTestResource(value = DevstackTestResource.class, initArgs = @ResourceArg(name = "database", value = "sla"))
class MetricsTest {

    @Test
    void outcomesAndOpenDossiersAreMeasured() {
        String agency = "M" + System.nanoTime() + ".H99";
        Receipt open = Receipt.of().code(Receipt.uniqueCode(agency))
                .deciding(Receipt.agency(agency, "Sở X", AgencyLevel.PROVINCE, java.util.List.of(agency)));
        Sla.receive(open);
        String done = Sla.receive(Receipt.of());
        send(done, new ProcessingCompleted(done, vn("2026-03-05T10:00"), "officer@x", "KQ"));
        Sla.awaitDeadline(done, j -> "EARLY".equals(j.getString("outcome")));

        String metrics = Awaits.until(() -> Management.given().get("/q/metrics").then().statusCode(200).extract().asString(),
                // the two gauges are refreshed one after the other: a scrape may fall between them
                m -> m.contains("motcua_sla_open_dossiers{agency=\"" + agency + "\"} 1.0")
                        && m.contains("motcua_sla_overdue_dossiers{agency=\"" + agency + "\"}"), Sla.WAIT);
        assertThat(metrics).contains("motcua_sla_outcomes_total{outcome=\"EARLY\"}");
        assertThat(metrics).contains("motcua_sla_overdue_dossiers{agency=\"" + agency + "\"}");
    }
}
