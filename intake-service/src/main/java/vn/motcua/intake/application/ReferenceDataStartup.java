package vn.motcua.intake.application;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.motcua.intake.config.DemoConfig;
import vn.motcua.intake.domain.DefineAgency;
import vn.motcua.intake.domain.DefineProcedure;

/** At start-up: seeds the official calendars (published on calendar.v1) and, when enabled, the demo province. */
@ApplicationScoped
public class ReferenceDataStartup {
    private static final Logger LOG = Logger.getLogger(ReferenceDataStartup.class);

    private final CalendarService calendars;
    private final AgencyService agencies;
    private final ProcedureService procedures;
    private final DemoConfig demo;
    private final DemoCatalogue catalogue;

    public ReferenceDataStartup(CalendarService calendars, AgencyService agencies, ProcedureService procedures,
            DemoConfig demo, DemoCatalogue catalogue) {
        this.calendars = calendars;
        this.agencies = agencies;
        this.procedures = procedures;
        this.demo = demo;
        this.catalogue = catalogue;
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
        DemoCatalogue.DemoData data = catalogue.read(demo.resource());
        int agencyCount = 0;
        int procedureCount = 0;
        for (DefineAgency agency : data.agencies()) {
            if (!agencies.exists(agency.code())) {
                agencies.create(agency);
                agencyCount++;
            }
        }
        for (DefineProcedure procedure : data.procedures()) {
            if (!procedures.exists(procedure.code())) {
                procedures.create(procedure, "demo");
                procedureCount++;
            }
        }
        LOG.infof("demo data %s: %d agencies and %d procedures added", demo.resource(), agencyCount, procedureCount);
    }
}
