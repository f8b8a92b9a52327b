package vn.motcua.support.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Makes time injectable: every rule asks the injected {@link Clock}, never {@code Instant.now()}. */
@ApplicationScoped
public class ClockProducer {
    private final AdjustableClock clock = new AdjustableClock(Clock.systemUTC());

    @Produces
    @Singleton
    @Typed(AdjustableClock.class)
    AdjustableClock adjustableClock() {
        return clock;
    }

    @Produces
    @Singleton
    Clock clock() {
        return clock;
    }
}
