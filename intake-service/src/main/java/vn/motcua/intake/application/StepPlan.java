package vn.motcua.intake.application;

import vn.motcua.events.PlannedStep;
import vn.motcua.events.ProcessingTime;
import vn.motcua.intake.domain.DefineProcedure;
import vn.motcua.support.api.ProblemException;

/**
 * The rule of a procedure's step plan (docs/domain.md § Deadlines): the steps' times, in the unit of the processing
 * time, add up to at most the processing time, and to at most the online time when that is set in the same unit, so
 * that every step can be on time while the dossier is late only if some step overran.
 */
public final class StepPlan {
    private StepPlan() {
    }

    /** 400 naming {@code steps} when the plan's total exceeds a processing time of the command. */
    public static void check(DefineProcedure command) {
        int total = command.steps().stream().mapToInt(PlannedStep::amount).sum();
        ProcessingTime time = command.processingTime();
        if (total > time.amount()) {
            throw ProblemException.badRequest("steps", "the steps' times add up to " + total + " " + time.unit()
                    + ", more than the processing time of " + time.amount() + " " + time.unit());
        }
        ProcessingTime online = command.onlineProcessingTime();
        if (online != null && online.unit() == time.unit() && total > online.amount()) {
            throw ProblemException.badRequest("steps", "the steps' times add up to " + total + " " + time.unit()
                    + ", more than the online processing time of " + online.amount() + " " + online.unit());
        }
    }
}
