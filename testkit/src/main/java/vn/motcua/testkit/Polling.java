package vn.motcua.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for a condition without sleeping longer than needed (tests of every module; notification keeps its own copy for now). */
public final class Polling {
    private Polling() {
    }

    public static <T> T until(Supplier<T> value, Predicate<T> done, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        T last = value.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within " + timeout + "; last value: " + last);
            }
            pause(200);
            last = value.get();
        }
        return last;
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
