package vn.motcua.calendar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.motcua.calendar.CalendarValidationException.Violation;

/** Checks one day's list of sessions: both ends present, end after start, no overlap. */
final class SessionRules {

    private SessionRules() {
    }

    static void check(String path, List<Session> sessions, List<Violation> out) {
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            if (checkOne(path + "[" + i + "]", sessions.get(i), out)) {
                valid.add(i);
            }
        }
        valid.sort(Comparator.comparing(i -> sessions.get(i).start()));
        int latest = -1;
        for (int i : valid) {
            Session session = sessions.get(i);
            if (latest >= 0 && session.startSecond() < sessions.get(latest).endSecond()) {
                Session other = sessions.get(latest);
                out.add(new Violation(path + "[" + i + "]", "overlaps " + path + "[" + latest + "] ("
                        + TimeText.format(other.start()) + "-" + TimeText.format(other.end()) + ")"));
            }
            if (latest < 0 || session.endSecond() > sessions.get(latest).endSecond()) {
                latest = i;
            }
        }
    }

    private static boolean checkOne(String path, Session session, List<Violation> out) {
        if (session == null) {
            out.add(new Violation(path, "is required"));
            return false;
        }
        boolean ok = true;
        if (session.start() == null) {
            out.add(new Violation(path + ".start", "is required"));
            ok = false;
        }
        if (session.end() == null) {
            out.add(new Violation(path + ".end", "is required"));
            ok = false;
        }
        if (ok && session.endSecond() <= session.startSecond()) {
            out.add(new Violation(path + ".end", "must be after start " + TimeText.format(session.start())
                    + " (a session cannot be empty or cross midnight)"));
            ok = false;
        }
        return ok;
    }
}
