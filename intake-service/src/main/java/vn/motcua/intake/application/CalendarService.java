package vn.motcua.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.motcua.calendar.CalendarDefinition;
import vn.motcua.calendar.CalendarJson;
import vn.motcua.calendar.CalendarValidationException;
import vn.motcua.calendar.CalendarValidator;
import vn.motcua.calendar.OfficialCalendars;
import vn.motcua.intake.domain.StoredCalendar;
import vn.motcua.intake.persistence.CalendarRepository;
import vn.motcua.support.api.FieldError;
import vn.motcua.support.api.ProblemException;

/** Calendars: stored JSON, validated on PUT and published on calendar.v1 in the same transaction. */
@ApplicationScoped
public class CalendarService {
    private final CalendarRepository repository;
    private final CalendarPublisher publisher;
    private final CalendarBook book;
    private final Clock clock;
    private final TransactionSynchronizationRegistry registry;

    public CalendarService(CalendarRepository repository, CalendarPublisher publisher, CalendarBook book, Clock clock,
            TransactionSynchronizationRegistry registry) {
        this.repository = repository;
        this.publisher = publisher;
        this.book = book;
        this.clock = clock;
        this.registry = registry;
    }

    public List<String> ids() {
        return repository.listAll().stream().map(c -> c.id).sorted().toList();
    }

    public String json(String id) {
        return repository.findByIdOptional(id).map(c -> c.definition)
                .orElseThrow(() -> ProblemException.notFound("calendar " + id));
    }

    /** Validates (shape, rules and the basedOn chain), stores and publishes; returns the stored JSON. */
    @Transactional
    public String put(String id, String body, String user) {
        CalendarDefinition definition = parse(body);
        if (!id.equals(definition.id())) {
            throw ProblemException.badRequest("id", "must equal the calendar id in the path (" + id + ")");
        }
        try {
            CalendarValidator.validate(definition, other -> other.equals(id) ? Optional.of(definition) : book.definition(other));
        } catch (CalendarValidationException e) {
            throw invalid(e);
        }
        String json = CalendarJson.write(definition);
        StoredCalendar stored = repository.findByIdOptional(id).orElseGet(StoredCalendar::new);
        boolean isNew = stored.id == null;
        stored.id = id;
        stored.definition = json;
        stored.updatedAt = clock.instant();
        stored.updatedBy = user;
        if (isNew) {
            repository.persist(stored);
        }
        publisher.publish(id, json);
        // after commit: invalidating earlier would let a concurrent receipt cache the old version again
        registry.registerInterposedSynchronization(new InvalidateAfterCompletion(book));
        return json;
    }

    /** Stores and publishes each official calendar that the table does not hold yet. */
    @Transactional
    public int seedOfficialCalendars() {
        int seeded = 0;
        for (CalendarDefinition definition : OfficialCalendars.all().values()) {
            String json = CalendarJson.write(definition);
            if (repository.insertIfAbsent(definition.id(), json, clock.instant(), "system")) {
                publisher.publish(definition.id(), json);
                seeded++;
            }
        }
        return seeded;
    }

    /** Drops resolved calendars once the transaction that changed one has ended. */
    private record InvalidateAfterCompletion(CalendarBook book) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            book.invalidate();
        }
    }

    private static CalendarDefinition parse(String body) {
        try {
            return CalendarJson.parse(body == null ? "" : body);
        } catch (CalendarValidationException e) {
            throw invalid(e);
        }
    }

    private static ProblemException invalid(CalendarValidationException e) {
        return ProblemException.invalid(e.violations().stream()
                .map(v -> new FieldError("$".equals(v.field()) ? "body" : v.field(), v.message()))
                .toList());
    }
}
