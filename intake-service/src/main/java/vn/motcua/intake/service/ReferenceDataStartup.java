package vn.motcua.intake.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.motcua.intake.api.AgencyRequest;
import vn.motcua.intake.api.ProcedureRequest;
import vn.motcua.intake.config.DemoConfig;

/** At start-up: seeds the official calendars (published on calendar.v1) and, when enabled, the demo province. */
@ApplicationScoped
public class ReferenceDataStartup {
    private static final Logger LOG = Logger.getLogger(ReferenceDataStartup.class);

    private final CalendarService calendars;
    private final AgencyService agencies;
    private final ProcedureService procedures;
    private final DemoConfig demo;
    private final ObjectMapper mapper;
    private final Validator validator;

    public ReferenceDataStartup(CalendarService calendars, AgencyService agencies, ProcedureService procedures,
            DemoConfig demo, ObjectMapper mapper, Validator validator) {
        this.calendars = calendars;
        this.agencies = agencies;
        this.procedures = procedures;
        this.demo = demo;
        this.mapper = mapper;
        this.validator = validator;
    }

    /** The demo resource: agencies parents first, then procedures. */
    public record DemoData(List<AgencyRequest> agencies, List<ProcedureRequest> procedures) {
    }

    void onStart(@Observes StartupEvent event) {
        int seeded = calendars.seedOfficialCalendars();
        if (seeded > 0) {
            LOG.infof("seeded %d official calendar(s)", seeded);
        }
        if (demo.load()) {
            loadDemo();
        }
    }

    /** Idempotent: codes that exist are skipped, so a restart (or a second instance) changes nothing. */
    @Transactional
    public void loadDemo() {
        DemoData data = read(demo.resource());
        int agencyCount = 0;
        int procedureCount = 0;
        for (AgencyRequest agency : data.agencies()) {
            if (!agencies.exists(agency.code())) {
                agencies.create(valid(agency));
                agencyCount++;
            }
        }
        for (ProcedureRequest procedure : data.procedures()) {
            if (!procedures.exists(procedure.code())) {
                procedures.create(valid(procedure), "demo");
                procedureCount++;
            }
        }
        LOG.infof("demo data %s: %d agencies and %d procedures added", demo.resource(), agencyCount, procedureCount);
    }

    private DemoData read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo resource " + resource + " not found");
            }
            return mapper.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("demo resource " + resource + " is not valid", e);
        }
    }

    private <T> T valid(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("invalid demo data " + request + ": " + violations);
        }
        return request;
    }
}
