package vn.motcua.processing.api;

import java.util.Map;
import java.util.function.Function;
import vn.motcua.processing.api.ActionBodies.AssignBody;
import vn.motcua.processing.api.ActionBodies.CompleteBody;
import vn.motcua.processing.api.ActionBodies.FeePaymentBody;
import vn.motcua.processing.api.ActionBodies.FeeRequestBody;
import vn.motcua.processing.api.ActionBodies.ReasonBody;
import vn.motcua.processing.api.ActionBodies.RescheduleBody;
import vn.motcua.processing.api.ActionBodies.ReturnBody;
import vn.motcua.processing.api.ActionBodies.SupplementBody;
import vn.motcua.processing.api.ActionBodies.SupplementRequestBody;
import vn.motcua.processing.application.ActionRequest;
import vn.motcua.processing.domain.Action;
import vn.motcua.processing.domain.Command;

/** Each action's body turned into the command it asks for: one mapping for the single endpoints and the batch. */
final class ActionRequests {
    private static final String OCCURRED_AT = "occurredAt";

    /** An action's body type, whether it may be absent, and its command. */
    record Kind<B>(Class<B> bodyType, boolean bodyRequired, Function<B, ActionRequest> request) {
        ActionRequest requestOf(Object body) {
            return request.apply(bodyType.cast(body));
        }
    }

    static final Map<String, Kind<?>> BY_PATH = Map.ofEntries(
            Map.entry(Action.ASSIGN.path(), new Kind<>(AssignBody.class, true, ActionRequests::assign)),
            Map.entry(Action.REQUEST_SUPPLEMENT.path(),
                    new Kind<>(SupplementRequestBody.class, true, ActionRequests::requestSupplement)),
            Map.entry(Action.RECEIVE_SUPPLEMENT.path(),
                    new Kind<>(SupplementBody.class, false, ActionRequests::receiveSupplement)),
            Map.entry(Action.REQUEST_FEES.path(), new Kind<>(FeeRequestBody.class, true, ActionRequests::requestFees)),
            Map.entry(Action.RECORD_FEE_PAYMENT.path(),
                    new Kind<>(FeePaymentBody.class, false, ActionRequests::recordFeePayment)),
            Map.entry(Action.RESCHEDULE.path(), new Kind<>(RescheduleBody.class, true, ActionRequests::reschedule)),
            Map.entry(Action.COMPLETE.path(), new Kind<>(CompleteBody.class, true, ActionRequests::complete)),
            Map.entry(Action.RETURN.path(), new Kind<>(ReturnBody.class, true, ActionRequests::returnResult)),
            Map.entry(Action.REFUSE.path(), new Kind<>(ReasonBody.class, true, ActionRequests::refuse)),
            Map.entry(Action.WITHDRAW.path(), new Kind<>(ReasonBody.class, true, ActionRequests::withdraw)),
            Map.entry(Action.STOP.path(), new Kind<>(ReasonBody.class, true, ActionRequests::stop)));

    private ActionRequests() {
    }

    static ActionRequest assign(AssignBody b) {
        return new ActionRequest(new Command.Assign(b.unitCode(), b.officer(), b.stepName(),
                b.stepDueAt() == null ? null : b.stepDueAt().toInstant()), b.occurredAt(), OCCURRED_AT);
    }

    static ActionRequest requestSupplement(SupplementRequestBody b) {
        return new ActionRequest(new Command.RequestSupplement(b.reason(), b.missingDocuments()), b.occurredAt(),
                OCCURRED_AT);
    }

    /** The supplement's receipt time, when given, is the action's time. */
    static ActionRequest receiveSupplement(SupplementBody body) {
        SupplementBody b = body == null ? new SupplementBody(null, null) : body;
        boolean byReceipt = b.receivedAt() != null;
        return new ActionRequest(new Command.ReceiveSupplement(), byReceipt ? b.receivedAt() : b.occurredAt(),
                byReceipt ? "receivedAt" : OCCURRED_AT);
    }

    static ActionRequest requestFees(FeeRequestBody b) {
        return new ActionRequest(new Command.RequestFees(b.description()), b.occurredAt(), OCCURRED_AT);
    }

    static ActionRequest recordFeePayment(FeePaymentBody b) {
        if (b == null) {
            return new ActionRequest(new Command.RecordFeePayment(), null, OCCURRED_AT);
        }
        return new ActionRequest(new Command.RecordFeePayment(b.amount(), b.channel(),
                b.paidAt() == null ? null : b.paidAt().toInstant()), b.occurredAt(), OCCURRED_AT);
    }

    static ActionRequest reschedule(RescheduleBody b) {
        return new ActionRequest(new Command.Reschedule(b.reason(), b.newDueAt().toInstant(), b.signerTitle()),
                b.occurredAt(), OCCURRED_AT);
    }

    static ActionRequest complete(CompleteBody b) {
        return new ActionRequest(new Command.Complete(b.resultReference(), b.resultDigitised(),
                b.resultReusedFromPortal()), b.occurredAt(), OCCURRED_AT);
    }

    static ActionRequest returnResult(ReturnBody b) {
        return new ActionRequest(new Command.Return(b.channel()), b.occurredAt(), OCCURRED_AT);
    }

    static ActionRequest refuse(ReasonBody b) {
        return new ActionRequest(new Command.Refuse(b.reason()), b.occurredAt(), OCCURRED_AT);
    }

    static ActionRequest withdraw(ReasonBody b) {
        return new ActionRequest(new Command.Withdraw(b.reason()), b.occurredAt(), OCCURRED_AT);
    }

    static ActionRequest stop(ReasonBody b) {
        return new ActionRequest(new Command.Stop(b.reason()), b.occurredAt(), OCCURRED_AT);
    }
}
