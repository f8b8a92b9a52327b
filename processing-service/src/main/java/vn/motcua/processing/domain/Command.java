package vn.motcua.processing.domain;

import java.time.Instant;
import java.util.List;
import vn.motcua.events.Channel;
import vn.motcua.events.FeeChannel;

/** An officer's instruction for one dossier (imperative: the event it causes is its past tense). */
public sealed interface Command {

    Action action();

    /** Hand the dossier to a unit/officer for a named step; stepDueAt defaults to the planned step's, else the appointment. */
    record Assign(String unitCode, String officer, String stepName, Instant stepDueAt) implements Command {
        public Action action() {
            return Action.ASSIGN;
        }
    }

    record RequestSupplement(String reason, List<String> missingDocuments) implements Command {
        public RequestSupplement {
            missingDocuments = missingDocuments == null ? List.of() : List.copyOf(missingDocuments);
        }

        public Action action() {
            return Action.REQUEST_SUPPLEMENT;
        }
    }

    record ReceiveSupplement() implements Command {
        public Action action() {
            return Action.RECEIVE_SUPPLEMENT;
        }
    }

    record RequestFees(String description) implements Command {
        public Action action() {
            return Action.REQUEST_FEES;
        }
    }

    /** The payment; amount (đồng) and channel, both or neither; paidAt null = the action's time. */
    record RecordFeePayment(Long amount, FeeChannel channel, Instant paidAt) implements Command {
        /** A payment recorded without its amount and channel. */
        public RecordFeePayment() {
            this(null, null, null);
        }

        public Action action() {
            return Action.RECORD_FEE_PAYMENT;
        }
    }

    /** The apology request: the one new appointment, with its reason and the signer's title. */
    record Reschedule(String reason, Instant newDueAt, String signerTitle) implements Command {
        public Action action() {
            return Action.RESCHEDULE;
        }
    }

    /** The result; whether it is digital and was put in the citizen's portal store, null when not stated. */
    record Complete(String resultReference, Boolean resultDigitised, Boolean resultReusedFromPortal) implements Command {
        /** A result without a word on its digitisation. */
        public Complete(String resultReference) {
            this(resultReference, null, null);
        }

        public Action action() {
            return Action.COMPLETE;
        }
    }

    record Return(Channel channel) implements Command {
        public Action action() {
            return Action.RETURN;
        }
    }

    record Refuse(String reason) implements Command {
        public Action action() {
            return Action.REFUSE;
        }
    }

    record Withdraw(String reason) implements Command {
        public Action action() {
            return Action.WITHDRAW;
        }
    }

    record Stop(String reason) implements Command {
        public Action action() {
            return Action.STOP;
        }
    }
}
