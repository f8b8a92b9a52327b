package vn.motcua.intake.application;

import java.util.List;
import vn.motcua.intake.domain.DefineAgency;
import vn.motcua.intake.domain.DefineProcedure;

/**
 * The demo province's reference data, read from a resource. The file holds the API's request bodies, so the API
 * reads and validates it (api.DemoFile); start-up only loads what it is given.
 */
public interface DemoCatalogue {

    /** Throws IllegalStateException when the resource is missing or an entry is invalid. */
    DemoData read(String resource);

    /** Agencies parents first, then procedures. */
    record DemoData(List<DefineAgency> agencies, List<DefineProcedure> procedures) {
    }
}
