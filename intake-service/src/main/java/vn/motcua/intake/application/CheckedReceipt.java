package vn.motcua.intake.application;

import java.time.Instant;
import java.time.LocalDate;
import vn.motcua.events.ProcessingTime;
import vn.motcua.intake.domain.Agency;
import vn.motcua.intake.domain.ProcedureVersion;
import vn.motcua.intake.domain.ReceiveDossier;
import vn.motcua.support.time.VnTime;

/** A receipt checked against the reference data, with its appointment, not numbered yet. */
record CheckedReceipt(ReceiveDossier command, Agency receiving, Agency deciding, ProcedureVersion procedure,
        ProcessingTime time, Instant receivedAt, Instant dueAt) {

    CounterDay counterDay() {
        return new CounterDay(receiving.code, VnTime.dateOf(receivedAt));
    }

    /** The key of the dossier code sequence: receiving agency and day (Asia/Ho_Chi_Minh). */
    record CounterDay(String agencyCode, LocalDate day) implements Comparable<CounterDay> {
        @Override
        public int compareTo(CounterDay other) {
            int byAgency = agencyCode.compareTo(other.agencyCode);
            return byAgency != 0 ? byAgency : day.compareTo(other.day);
        }
    }
}
