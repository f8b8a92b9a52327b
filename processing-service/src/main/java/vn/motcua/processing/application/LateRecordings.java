package vn.motcua.processing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.motcua.processing.config.ProcessingConfig;
import vn.motcua.processing.domain.LateRecordedLine;
import vn.motcua.processing.persistence.LateRecordedRepository;
import vn.motcua.support.api.ProblemException;
import vn.motcua.support.security.Caller;
import vn.motcua.support.time.VnTime;

/**
 * What operators and leaders review of work recorded late: actions recorded more than the backdating window after
 * they happened (a leader's, since an officer's is refused), for the caller's agency and its sub-units (admin: any).
 */
@ApplicationScoped
public class LateRecordings {
    private final LateRecordedRepository lines;
    private final Caller caller;
    private final int window;

    public LateRecordings(LateRecordedRepository lines, Caller caller, ProcessingConfig config) {
        this.lines = lines;
        this.caller = caller;
        this.window = config.backdating().windowWorkingDays();
    }

    /** One page of the lines recorded on the days {@code from}..{@code to} (Vietnam dates), newest recording first. */
    @Transactional
    public Page list(LocalDate from, LocalDate to, String agency, int page, int size) {
        String scope = caller.isAdmin() ? null : caller.agency();
        if (scope == null && !caller.isAdmin()) {
            throw ProblemException.forbidden("your token carries no agency");
        }
        var start = from.atStartOfDay(VnTime.ZONE).toInstant();
        var end = to.plusDays(1).atStartOfDay(VnTime.ZONE).toInstant();
        return new Page(window, lines.count(window, start, end, agency, scope),
                lines.page(window, start, end, agency, scope, page, size));
    }

    /** {@code total} lines in all, {@code items} on this page; {@code window} the rule they exceeded. */
    public record Page(int window, long total, List<LateRecordedLine> items) {
    }
}
