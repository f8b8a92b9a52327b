package vn.motcua.sla.api.dashboard;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.motcua.sla.api.OverdueView;
import vn.motcua.sla.api.dashboard.DashboardView.Form;
import vn.motcua.sla.api.dashboard.DashboardView.Headline;
import vn.motcua.sla.api.dashboard.DashboardView.Option;
import vn.motcua.sla.api.dashboard.DashboardView.OverdueRow;
import vn.motcua.sla.api.dashboard.DashboardView.Row;
import vn.motcua.sla.application.AgencyScope;
import vn.motcua.sla.application.DashboardReads;
import vn.motcua.sla.application.OverdueList;
import vn.motcua.sla.application.StatsReport;
import vn.motcua.sla.application.StatsService;
import vn.motcua.sla.config.SlaConfig;
import vn.motcua.sla.domain.AgencyNode;
import vn.motcua.sla.domain.GroupBy;
import vn.motcua.sla.domain.StatsFilter;
import vn.motcua.sla.domain.StatsRow;
import vn.motcua.support.security.Caller;
import vn.motcua.support.time.VnFormat;
import vn.motcua.support.time.VnTime;

/**
 * Builds the dashboard from the statistics' own queries: one grouping-sets scan for the agency, field and level
 * breakdowns (the headline is their total), one for the monthly trend, one page of the overdue list.
 */
@ApplicationScoped
public class DashboardPage {
    static final int OVERDUE_ROWS = 50;

    private final StatsService stats;
    private final OverdueList overdue;
    private final DashboardReads reads;
    private final AgencyScope scope;
    private final SlaConfig config;
    private final Clock clock;
    private final ManagedExecutor executor;

    public DashboardPage(StatsService stats, OverdueList overdue, DashboardReads reads, AgencyScope scope,
            SlaConfig config, Clock clock, ManagedExecutor executor) {
        this.stats = stats;
        this.overdue = overdue;
        this.reads = reads;
        this.scope = scope;
        this.config = config;
        this.clock = clock;
        this.executor = executor;
    }

    /** The data behind the page and the CSV export; {@code timings} in ms per part, for the Server-Timing header. */
    public record Data(DashboardFilters filters, AgencyScope.Scoped scoped, StatsFilter filter,
            Map<GroupBy, StatsReport> breakdowns, StatsReport trend, OverdueView overdue, String version,
            Map<String, Long> timings) {
    }

    public LocalDate today() {
        return VnTime.dateOf(clock.instant());
    }

    /**
     * Runs the queries, the three big ones concurrently, each in its own transaction (the page waits for the slowest,
     * not their sum); throws the API's 400/403 problems for bad filters or an agency outside the token's.
     */
    public Data data(JsonWebToken jwt, DashboardFilters f) {
        Instant now = clock.instant();
        stats.checkPeriod(f.start(), f.end());
        AgencyScope.Scoped scoped = QuarkusTransaction.requiringNew()
                .call(() -> scope.resolve(new Caller(jwt), f.agency()));
        StatsFilter filter = StatsService.filter(scoped, f.subunits(), f.level(), f.field(), null, f.channel(),
                GroupBy.AGENCY, now);
        Map<String, Long> timings = new ConcurrentHashMap<>();
        CompletableFuture<Map<GroupBy, StatsReport>> breakdowns = timed("breakdowns", timings,
                () -> stats.breakdowns(filter, f.start(), f.end(), List.of(GroupBy.AGENCY, GroupBy.FIELD, GroupBy.LEVEL)));
        CompletableFuture<StatsReport> trend = timed("trend", timings,
                () -> stats.flows(withGroupBy(filter, GroupBy.MONTH), trendStart(f), f.end()));
        CompletableFuture<OverdueView> page = timed("overdue", timings,
                () -> OverdueView.of(overdue.page(filter, now, 0, OVERDUE_ROWS)));
        String version = QuarkusTransaction.requiringNew().call(() -> reads.fingerprint(now));
        return new Data(f, scoped, filter, join(breakdowns), join(trend), join(page), version, timings);
    }

    private <T> CompletableFuture<T> timed(String name, Map<String, Long> timings, Callable<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            T result = QuarkusTransaction.requiringNew().call(work);
            timings.put(name, (System.nanoTime() - start) / 1_000_000);
            return result;
        }, executor);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Transactional
    public String version() {
        return reads.fingerprint(clock.instant());
    }

    /** The twelve months up to the period's end, or the whole period when it is longer. */
    static LocalDate trendStart(DashboardFilters f) {
        LocalDate twelveMonths = f.end().withDayOfMonth(1).minusMonths(11);
        return f.start().isBefore(twelveMonths) ? f.start() : twelveMonths;
    }

    private static StatsFilter withGroupBy(StatsFilter f, GroupBy groupBy) {
        return new StatsFilter(f.agency(), f.agencyDepth(), f.subunits(), f.level(), f.field(), f.procedure(),
                f.channel(), groupBy, f.now());
    }

    @Transactional
    public DashboardView view(JsonWebToken jwt, Data data, String processingUrl) {
        double target = config.onTimeTarget();
        StatsReport byAgency = data.breakdowns().get(GroupBy.AGENCY);
        StatsRow total = byAgency.total();
        Map<String, String> names = stats.agencyNames(holders(data.overdue()));
        List<OverdueRow> overdueRows = data.overdue().items().stream().map(i -> new OverdueRow(i.dossierCode(),
                processingUrl + "/api/v1/dossiers/" + i.dossierCode(), i.procedureName(),
                names.getOrDefault(i.decidingAgencyCode(), i.decidingAgencyCode()), VnFormat.date(i.currentDueAt()),
                VnFormat.date(i.originalDueAt()), VnFormat.number(i.workingDaysLate()),
                VnFormat.number(i.calendarDaysLate()), holder(i, names), i.apologySent(), i.rescheduled(),
                apologyNote(i.apology()))).toList();
        long overdueNow = data.overdue().total();
        Headline headline = new Headline(VnFormat.number(total.received()), VnFormat.number(total.resolved()),
                VnFormat.percent(total.onTimeRate()),
                total.onTimeRate() != null && total.onTimeRate().doubleValue() >= target, total.onTimeRate() != null,
                VnFormat.number(total.inProgress()), VnFormat.number(overdueNow));
        AgencyScope.Scoped scoped = data.scoped();
        String scopeLabel = scoped == null ? "Tất cả cơ quan"
                : stats.agencyNames(List.of(scoped.code())).getOrDefault(scoped.code(), scoped.code())
                        + (data.filter().subunits() ? " và đơn vị trực thuộc" : "");
        return new DashboardView(jwt.getName(), scopeLabel, data.filters().periodLabel(),
                VnFormat.timestamp(VnTime.of(data.filter().now())), data.filters().query(), data.version(),
                form(data.filters(), scoped, jwt), headline, Charts.byAgency(byAgency.rows(), target),
                Charts.byMonth(data.trend().rows(), target), rows(byAgency.rows(), Function.identity(), target),
                row(total, total.label(), target), rows(data.breakdowns().get(GroupBy.FIELD).rows(), l -> l, target),
                rows(data.breakdowns().get(GroupBy.LEVEL).rows(), VnFormat::level, target),
                rows(data.trend().rows(), Function.identity(), target),
                VnFormat.date(data.trend().from()) + " – " + VnFormat.date(data.trend().to()), overdueRows,
                VnFormat.number(overdueNow), overdueNow > overdueRows.size(), VnFormat.percent(target));
    }

    private static List<String> holders(OverdueView page) {
        List<String> codes = new ArrayList<>();
        page.items().forEach(i -> {
            codes.add(i.decidingAgencyCode());
            if (i.holdingUnitCode() != null) {
                codes.add(i.holdingUnitCode());
            }
        });
        return codes.stream().distinct().toList();
    }

    private static String holder(OverdueView.Item i, Map<String, String> names) {
        if (i.holdingUnitCode() == null) {
            return "Bộ phận một cửa (chưa chuyển xử lý)";
        }
        String unit = names.getOrDefault(i.holdingUnitCode(), i.holdingUnitCode());
        return i.holdingOfficer() == null ? unit : unit + " — " + i.holdingOfficer();
    }

    /** Late: after the last moment in time (Decree 61/2018/NĐ-CP art. 12); automatic: set by processing itself. */
    static String apologyNote(String apology) {
        return switch (apology) {
            case "OFFICER_LATE" -> " (xin lỗi muộn)";
            case "AUTOMATIC" -> " (hệ thống tự hẹn lại)";
            default -> "";
        };
    }

    private static List<Row> rows(List<StatsRow> rows, Function<String, String> label, double target) {
        return rows.stream().map(r -> row(r, label.apply(r.label()), target)).toList();
    }

    private static Row row(StatsRow r, String label, double target) {
        return new Row(r.key(), label, VnFormat.number(r.received()), VnFormat.number(r.resolved()),
                VnFormat.number(r.early()), VnFormat.number(r.onTime()), VnFormat.number(r.late()),
                VnFormat.number(r.apologisedInTime()), VnFormat.number(r.apologisedLate()),
                VnFormat.number(r.neverApologisedByOfficer()), VnFormat.percent(r.onTimeRate()), r.onTimeRate() != null && r.onTimeRate().doubleValue() < target,
                VnFormat.number(r.inProgress()), VnFormat.number(r.inProgressOverdue()));
    }

    private Form form(DashboardFilters f, AgencyScope.Scoped scoped, JsonWebToken jwt) {
        LocalDate today = today();
        List<Option> periods = List.of(option("month", "Tháng", f.period()), option("quarter", "Quý", f.period()),
                option("year", "Năm", f.period()), option("custom", "Khoảng thời gian", f.period()));
        List<Option> quarters = new ArrayList<>();
        YearMonth q = YearMonth.from(today);
        for (int i = 0; i < 8; i++, q = q.minusMonths(3)) {
            String key = q.getYear() + "-Q" + ((q.getMonthValue() - 1) / 3 + 1);
            quarters.add(option(key, "Quý " + key.substring(6) + "/" + q.getYear(), f.quarter()));
        }
        List<Option> years = new ArrayList<>();
        for (int y = today.getYear(); y >= today.getYear() - 5; y--) {
            years.add(option(String.valueOf(y), String.valueOf(y), String.valueOf(f.year())));
        }
        String selectedAgency = scoped == null ? "" : scoped.code();
        List<Option> agencies = new ArrayList<>();
        // the whole subtree the token may read, whichever part of it is shown
        Caller caller = new Caller(jwt);
        if (caller.isAdmin()) {
            agencies.add(option("", "Tất cả cơ quan", selectedAgency));
        }
        for (AgencyNode a : reads.subtree(caller.isAdmin() ? null : caller.agency())) {
            agencies.add(option(a.code(), "— ".repeat(a.depth()) + a.name(), selectedAgency));
        }
        List<Option> subunits = List.of(option("true", "Gồm đơn vị trực thuộc", String.valueOf(f.subunits())),
                option("false", "Chỉ hồ sơ của chính đơn vị", String.valueOf(f.subunits())));
        List<Option> levels = new ArrayList<>(List.of(option("", "Tất cả các cấp", f.level())));
        for (String level : List.of("PROVINCE", "COMMUNE", "DISTRICT", "MINISTRY")) {
            levels.add(option(level, VnFormat.level(level), f.level()));
        }
        List<Option> fieldOptions = new ArrayList<>(List.of(option("", "Tất cả lĩnh vực", f.field())));
        reads.fields().forEach(x -> fieldOptions.add(option(x.code(), x.name(), f.field())));
        List<Option> channels = new ArrayList<>(List.of(option("", "Tất cả các kênh", f.channel())));
        for (String channel : List.of("IN_PERSON", "ONLINE", "POSTAL")) {
            channels.add(option(channel, VnFormat.channel(channel), f.channel()));
        }
        return new Form(f.period(), periods, f.month().toString(), quarters, years, f.from().toString(),
                f.to().toString(), agencies, subunits, levels, fieldOptions, channels);
    }

    private static Option option(String value, String label, String selected) {
        return new Option(value, label, value.equals(selected == null ? "" : selected));
    }
}
