package vn.motcua.bench;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import vn.motcua.bench.DossierPlan.Ending;
import vn.motcua.bench.DossierPlan.Outcome;
import vn.motcua.bench.DossierPlan.Step;
import vn.motcua.calendar.BusinessCalendar;
import vn.motcua.calendar.Interval;
import vn.motcua.calendar.OfficialCalendars;
import vn.motcua.calendar.WorkingTimeUnit;

/**
 * Plans dossiers of the demo history without calling anything: receipt time, appointment (with the calendar module,
 * as intake computes it), pauses and how the appointment moves with them (as sla-service does), then the end chosen
 * early, on time or late against that appointment. Pure and deterministic for a given random generator.
 */
final class Planner {
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration DAY = Duration.ofHours(8);
    /** A dossier of the closed history must have ended this long before "now" (the load itself takes a while). */
    private static final Duration SETTLED = Duration.ofHours(2);

    private final Catalogue catalogue;
    private final Instant from;
    private final Instant now;
    private final Function<String, BusinessCalendar> calendars;
    private final List<Catalogue.Procedure> procedures;
    private final double[] procedureWeights;
    private final List<String> communes;
    private final double[] communeWeights;
    private final List<String> provinceCounters;

    Planner(Catalogue catalogue, Instant from, Instant now) {
        this(catalogue, from, now, Planner::officialCalendar);
    }

    Planner(Catalogue catalogue, Instant from, Instant now, Function<String, BusinessCalendar> calendars) {
        this.catalogue = catalogue;
        this.from = from;
        this.now = now;
        Map<String, BusinessCalendar> cache = new ConcurrentHashMap<>();
        this.calendars = id -> cache.computeIfAbsent(id == null ? OfficialCalendars.NATIONAL_ID : id, calendars);
        this.procedures = catalogue.procedures().stream().filter(p -> catalogue.agencies()
                .containsKey(p.decidingAgencyCode())).toList();
        this.procedureWeights = HistoryMix.cumulative(procedures.stream()
                .map(p -> HistoryMix.procedureWeight(p.code())).toList());
        this.communes = catalogue.agencies().values().stream().filter(a -> "COMMUNE".equals(a.level()))
                .map(Catalogue.Agency::code).toList();
        this.communeWeights = HistoryMix.cumulative(communes.stream().map(HistoryMix::communeWeight).toList());
        List<String> centres = catalogue.agencies().values().stream()
                .filter(a -> a.name().startsWith("Trung tâm Phục vụ") || a.name().startsWith("Chi nhánh Trung tâm"))
                .map(Catalogue.Agency::code).toList();
        this.provinceCounters = centres.isEmpty() ? List.of() : centres;
    }

    private static BusinessCalendar officialCalendar(String id) {
        return OfficialCalendars.calendar(OfficialCalendars.find(id).isPresent() ? id : OfficialCalendars.NATIONAL_ID);
    }

    /** A dossier of the closed history: received in [from, now) and ended (processing) before now. */
    DossierPlan history(RandomGenerator rnd) {
        DossierPlan plan = null;
        for (int attempt = 0; attempt < 30; attempt++) {
            plan = plan(rnd, from, now, false);
            if (plan.ending() != Ending.OPEN) {
                return plan;
            }
        }
        return plan;
    }

    /** A dossier still in progress now, received in the last {@code days} days; some already overdue. */
    DossierPlan open(RandomGenerator rnd, int days) {
        DossierPlan plan = null;
        Instant start = now.minus(Duration.ofDays(days));
        for (int attempt = 0; attempt < 30; attempt++) {
            plan = plan(rnd, start, now.minus(Duration.ofMinutes(30)), rnd.nextDouble() < HistoryMix.OPEN_LATE);
            if (plan.ending() == Ending.OPEN) {
                return plan;
            }
        }
        return plan;
    }

    private DossierPlan plan(RandomGenerator rnd, Instant earliest, Instant latest, boolean forceLate) {
        Catalogue.Procedure p = HistoryMix.weighted(rnd, procedures, procedureWeights);
        Catalogue.Agency deciding = catalogue.agency(p.decidingAgencyCode());
        String receiving = receivingAgency(rnd, deciding);
        String channel = channel(rnd, p.fieldCode());
        BusinessCalendar counter = calendars.apply(catalogue.agency(receiving).calendarId());
        BusinessCalendar cal = calendars.apply(deciding.calendarId());
        Instant receivedAt = receiptTime(rnd, channel, counter, earliest, latest);
        WorkingTimeUnit unit = WorkingTimeUnit.valueOf(p.unitFor(channel));
        Instant due = cal.due(receivedAt, p.amountFor(channel), unit);

        Timeline t = new Timeline(cal, receivedAt, due, rnd);
        double endDraw = rnd.nextDouble();
        Ending ending = endDraw < HistoryMix.REFUSED ? Ending.REFUSED
                : endDraw < HistoryMix.REFUSED + HistoryMix.WITHDRAWN ? Ending.WITHDRAWN
                : endDraw < HistoryMix.REFUSED + HistoryMix.WITHDRAWN + HistoryMix.STOPPED ? Ending.STOPPED
                : Ending.COMPLETED;
        boolean late = ending == Ending.COMPLETED && (forceLate || rnd.nextDouble() < HistoryMix.lateness(deciding.code()));
        String officer = Officers.officer(rnd, deciding.code());

        if (ending == Ending.REFUSED && rnd.nextDouble() < 0.3) {
            t.act("refuse", t.within(0.5), Map.of("reason", Reasons.pick(rnd, Reasons.REFUSAL)));
        } else {
            t.act("assign", t.shortly(), assign(deciding.code(), officer));
            if (rnd.nextDouble() < HistoryMix.SUPPLEMENT) {
                int requests = rnd.nextDouble() < HistoryMix.SECOND_SUPPLEMENT ? 2 : 1;
                for (int i = 0; i < requests; i++) {
                    t.pause("supplement-requests", Map.of("reason", Reasons.pick(rnd, Reasons.SUPPLEMENT),
                            "missingDocuments", List.of(Reasons.pick(rnd, Reasons.MISSING))), "supplements",
                            t.workingDays(1, 10), p.restart() ? p : null, channel);
                }
            }
            if (ending == Ending.COMPLETED && rnd.nextDouble() < HistoryMix.feeShare(p.fieldCode())) {
                t.pause("fee-requests", Map.of("description", Reasons.pick(rnd, Reasons.FEES)), "fee-payments",
                        t.workingDays(0.3, 5), null, channel);
            }
            switch (ending) {
                case REFUSED -> t.act("refuse", t.within(0.8), Map.of("reason", Reasons.pick(rnd, Reasons.REFUSAL)));
                case WITHDRAWN -> t.act("withdraw", t.within(1.2), Map.of("reason", Reasons.pick(rnd, Reasons.WITHDRAWAL)));
                case STOPPED -> t.act("stop", t.within(1.0), Map.of("reason", Reasons.pick(rnd, Reasons.STOP)));
                default -> complete(rnd, t, late, channel);
            }
        }
        List<Step> steps = t.steps.stream().filter(s -> !s.at().isAfter(latest)).toList();
        Ending actual = ending;
        Instant end = steps.stream().filter(s -> Reasons.ENDS.contains(s.action())).map(Step::at).findFirst()
                .orElse(null);
        if (end == null || end.isAfter(latest.minus(SETTLED))) {
            actual = Ending.OPEN;
            steps = t.steps.stream().filter(s -> !s.at().isAfter(latest)).filter(s -> !Reasons.ENDS.contains(s.action())
                    && !s.action().equals("return")).toList();
        }
        Outcome outcome = actual == Ending.OPEN ? null : outcome(actual, end, t);
        return new DossierPlan(p, receiving, channel, receivedAt, due, t.scoringDue, actual, outcome, steps,
                receipt(rnd, p, receiving, channel));
    }

    private void complete(RandomGenerator rnd, Timeline t, boolean late, String channel) {
        Instant completeAt;
        if (late) {
            Instant lateEnd = t.cal.addWorkingTime(t.scoringDue, t.workingDays(1, 8));
            if (rnd.nextDouble() < HistoryMix.RESCHEDULE_WHEN_LATE) {
                // the apology goes out at least a working day before the appointment when there is time for it
                LocalDate dayBefore = t.cal.previousWorkingDay(LocalDate.ofInstant(t.scoringDue, ZONE));
                Instant latestNotice = ZonedDateTime.of(dayBefore, LocalTime.of(16, 30), ZONE).toInstant();
                Instant noticeAt = latestNotice.isAfter(t.last) ? t.between(t.last, latestNotice) : t.shortly();
                Instant newDue = t.cal.addWorkingTime(t.scoringDue, t.workingDays(2, 10));
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("reason", Reasons.pick(rnd, Reasons.DELAY));
                body.put("newDueAt", Planner.offset(newDue));
                body.put("signerTitle", "KT. Giám đốc - Phó Giám đốc");
                t.act("reschedule", noticeAt, body);
                lateEnd = rnd.nextDouble() < 0.85 ? t.between(t.cal.addWorkingTime(t.scoringDue, DAY), newDue) : lateEnd;
            }
            completeAt = lateEnd.isAfter(t.last) ? lateEnd : t.shortly();
        } else {
            completeAt = t.within(0.98);
        }
        t.act("complete", completeAt, Map.of("resultReference", "KQ-" + Long.toString(rnd.nextLong(1L << 40), 36)
                .toUpperCase(java.util.Locale.ROOT)));
        String returnChannel = switch (channel) {
            case "ONLINE" -> rnd.nextDouble() < 0.7 ? "ONLINE" : rnd.nextDouble() < 0.3 ? "POSTAL" : "IN_PERSON";
            case "POSTAL" -> "POSTAL";
            default -> rnd.nextDouble() < 0.9 ? "IN_PERSON" : "POSTAL";
        };
        if (rnd.nextDouble() < 0.97) {
            t.act("return", t.cal.addWorkingTime(t.last, t.workingDays(0.05, 3)), Map.of("channel", returnChannel));
        }
    }

    private static Outcome outcome(Ending ending, Instant end, Timeline t) {
        if (ending == Ending.WITHDRAWN) {
            return Outcome.ON_TIME;
        }
        if (t.rescheduled || t.supplementRequests >= 2) {
            return Outcome.LATE;
        }
        LocalDate ended = LocalDate.ofInstant(end, ZONE);
        LocalDate due = LocalDate.ofInstant(t.scoringDue, ZONE);
        return ended.isBefore(due) ? Outcome.EARLY : ended.isEqual(due) ? Outcome.ON_TIME : Outcome.LATE;
    }

    private String receivingAgency(RandomGenerator rnd, Catalogue.Agency deciding) {
        if ("COMMUNE".equals(deciding.level()) && !communes.isEmpty()) {
            // a commune procedure: in this demo catalogue one commune decides for all, every commune receives
            return deciding.code().equals("000.01.30.H56") ? deciding.code()
                    : HistoryMix.weighted(rnd, communes, communeWeights);
        }
        if (!provinceCounters.isEmpty()) {
            return provinceCounters.get(rnd.nextDouble() < 0.7 ? 0 : rnd.nextInt(provinceCounters.size()));
        }
        return deciding.code();
    }

    private static String channel(RandomGenerator rnd, String field) {
        if (rnd.nextDouble() < HistoryMix.onlineShare(field)) {
            return "ONLINE";
        }
        return rnd.nextDouble() < HistoryMix.POSTAL_AMONG_OFFLINE ? "POSTAL" : "IN_PERSON";
    }

    /**
     * Counters and post receive within their sessions on working days; the portal any time, mostly in office hours
     * and less at weekends.
     */
    private static Instant receiptTime(RandomGenerator rnd, String channel, BusinessCalendar counter, Instant earliest,
            Instant latest) {
        long seconds = Math.max(1, Duration.between(earliest, latest).toSeconds());
        for (int attempt = 0; attempt < 50; attempt++) {
            Instant day = earliest.plusSeconds(rnd.nextLong(seconds));
            LocalDate date = LocalDate.ofInstant(day, ZONE);
            Instant at;
            if (channel.equals("ONLINE")) {
                boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (weekend && rnd.nextDouble() < 0.7) {
                    continue;
                }
                double hour = rnd.nextDouble() < 0.8 ? 7 + rnd.nextDouble() * 10 : rnd.nextDouble() * 24;
                at = date.atStartOfDay(ZONE).plusSeconds((long) (hour * 3600)).toInstant();
            } else {
                if (!counter.isWorkingDay(date)) {
                    continue;
                }
                LocalTime time = rnd.nextDouble() < 0.6 ? LocalTime.of(7, 30).plusSeconds(rnd.nextInt(4 * 3600))
                        : LocalTime.of(13, 30).plusSeconds(rnd.nextInt(3 * 3600 + 1800));
                at = counter.effectiveStart(ZonedDateTime.of(date, time, ZONE).toInstant());
            }
            if (!at.isBefore(earliest) && at.isBefore(latest)) {
                return at.truncatedTo(ChronoUnit.SECONDS);
            }
        }
        return latest.minusSeconds(rnd.nextLong(Math.min(seconds, 3600))).truncatedTo(ChronoUnit.SECONDS);
    }

    private static Map<String, Object> assign(String unitCode, String officer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitCode", unitCode);
        body.put("officer", officer);
        body.put("stepName", "Thẩm định hồ sơ");
        return body;
    }

    private static Map<String, Object> receipt(RandomGenerator rnd, Catalogue.Procedure p, String receiving,
            String channel) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", p.code());
        body.put("receivingAgencyCode", receiving);
        body.put("channel", channel);
        body.put("applicant", People.applicant(rnd, rnd.nextDouble() < HistoryMix.organisationShare(p.fieldCode())));
        if (rnd.nextDouble() < 0.06) {
            Map<String, Object> authorised = new LinkedHashMap<>(People.applicant(rnd, false));
            body.put("authorisedPerson", authorised);
        }
        body.put("documents", p.documents());
        return body;
    }

    static String offset(Instant instant) {
        return instant.atZone(ZONE).toOffsetDateTime().toString();
    }

    /** The dossier's actions as they are planned: times move forward only, the scoring appointment moves with pauses. */
    private static final class Timeline {
        final BusinessCalendar cal;
        final RandomGenerator rnd;
        final List<Step> steps = new ArrayList<>();
        Instant last;
        Instant scoringDue;
        boolean rescheduled;
        int supplementRequests;

        Timeline(BusinessCalendar cal, Instant receivedAt, Instant due, RandomGenerator rnd) {
            this.cal = cal;
            this.rnd = rnd;
            this.last = receivedAt;
            this.scoringDue = due;
        }

        void act(String action, Instant at, Map<String, Object> body) {
            Instant when = (at.isAfter(last) ? at : last.plusSeconds(1 + rnd.nextInt(120))).truncatedTo(ChronoUnit.SECONDS);
            if (!when.isAfter(last)) {
                when = last.plusSeconds(1);
            }
            Map<String, Object> withTime = new LinkedHashMap<>(body);
            if (action.equals("supplements")) {
                withTime.put("receivedAt", offset(when));
            } else {
                withTime.put("occurredAt", offset(when));
            }
            steps.add(new Step(action, when, withTime));
            last = when;
            rescheduled |= action.equals("reschedule");
            supplementRequests += action.equals("supplement-requests") ? 1 : 0;
        }

        /** A pause (supplement or fees) of {@code length} working time; the appointment moves as sla-service moves it. */
        void pause(String request, Map<String, Object> body, String resume, Duration length,
                Catalogue.Procedure restartWith, String channel) {
            act(request, within(0.5), body);
            Instant paused = last;
            act(resume, cal.addWorkingTime(paused, length), Map.of());
            scoringDue = restartWith != null
                    ? cal.due(last, restartWith.amountFor(channel), WorkingTimeUnit.valueOf(restartWith.unitFor(channel)))
                    : cal.extend(scoringDue, List.of(new Interval(paused, last)));
        }

        /** Soon after the last event: a few minutes to an hour and a half of working time. */
        Instant shortly() {
            Duration left = cal.workingTimeBetween(last, scoringDue);
            long cap = Math.max(300, Math.min(5400, left.toSeconds() / 10));
            return cal.addWorkingTime(last, Duration.ofSeconds(60 + rnd.nextLong(cap)));
        }

        /** Somewhere in the first {@code share} of the working time left before the appointment. */
        Instant within(double share) {
            Duration left = cal.workingTimeBetween(last, scoringDue);
            if (left.isNegative() || left.isZero()) {
                return shortly();
            }
            return cal.addWorkingTime(last, Duration.ofSeconds((long) (left.toSeconds() * share * rnd.nextDouble())));
        }

        Instant between(Instant a, Instant b) {
            Duration span = cal.workingTimeBetween(a, b);
            return span.toSeconds() <= 0 ? a : cal.addWorkingTime(a, Duration.ofSeconds(rnd.nextLong(span.toSeconds())));
        }

        Duration workingDays(double min, double max) {
            return Duration.ofSeconds((long) ((min + rnd.nextDouble() * (max - min)) * DAY.toSeconds()));
        }
    }
}
