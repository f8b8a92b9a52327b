package vn.motcua.sla.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.motcua.events.LateCause;
import vn.motcua.support.time.VnTime;

/**
 * A step of a late dossier with when it ended (the next hand-over, or the processing end for the last one), and the
 * rule that blames exactly one step for the dossier (docs/domain.md § Accountability): among the steps that ended on
 * a later date than their own deadline's, the one with the largest overrun (end − deadline); a tie goes to the
 * earliest step. None overran (no step deadlines, or the dossier was late although every step was in time, e.g. by
 * a second supplement request): the dossier is unattributed.
 */
public record LateStep(int seq, String stepName, String unitCode, String officer, Instant dueAt, Instant endedAt,
        LateCause cause) {

    /** How much the step overran its deadline; empty when it ended on or before its deadline's date. */
    public Optional<Duration> overrun() {
        if (dueAt == null || endedAt == null) {
            return Optional.empty();
        }
        LocalDate ended = VnTime.dateOf(endedAt);
        return ended.isAfter(VnTime.dateOf(dueAt)) ? Optional.of(Duration.between(dueAt, endedAt)) : Optional.empty();
    }

    /** The one step to blame among a dossier's steps (in seq order), or empty when none overran. */
    public static Optional<LateStep> toBlame(List<LateStep> steps) {
        LateStep blamed = null;
        Duration most = null;
        for (LateStep s : steps) {
            Optional<Duration> over = s.overrun();
            if (over.isPresent() && (most == null || over.get().compareTo(most) > 0)) {
                blamed = s;
                most = over.get();
            }
        }
        return Optional.ofNullable(blamed);
    }
}
