package vn.motcua.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void databaseAndBrokerFailuresAreInfrastructure() {
        assertThat(Failures.isInfrastructure(wrapped(new SQLException("connection refused", "08001")))).isTrue();
        assertThat(Failures.isInfrastructure(wrapped(new SQLException("terminating connection", "57P01")))).isTrue();
        assertThat(Failures.isInfrastructure(wrapped(new SQLException("could not serialize", "40001")))).isTrue();
        assertThat(Failures.isInfrastructure(wrapped(new SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(Failures.isInfrastructure(wrapped(new SQLException("too many connections", "53300")))).isTrue();
        assertThat(Failures.isInfrastructure(wrapped(new SQLException("lock not available", "55P03")))).isTrue();
        assertThat(Failures.isInfrastructure(new SQLException("Acquisition timeout", new TimeoutException()))).isTrue();
        assertThat(Failures.isInfrastructure(wrapped(new ConnectException("Connection refused")))).isTrue();
        assertThat(Failures.isInfrastructure(
                new org.apache.kafka.common.errors.TimeoutException("Timeout expired while fetching metadata"))).isTrue();
    }

    @Test
    void theEventsOwnFailuresArePoison() {
        assertThat(Failures.isInfrastructure(wrapped(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(Failures.isInfrastructure(wrapped(new SQLException("value too long", "22001")))).isFalse();
        assertThat(Failures.isInfrastructure(new IllegalArgumentException("not a CloudEvent"))).isFalse();
        assertThat(Failures.isInfrastructure(new NullPointerException())).isFalse();
    }

    @Test
    void backoffDoublesUpToItsCap() {
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));
        assertThat(backoff.after(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.after(8)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(10_000)).isEqualTo(Duration.ofSeconds(30));
    }

    private static RuntimeException wrapped(Exception cause) {
        return new IllegalStateException("transaction failed", new RuntimeException("could not execute statement", cause));
    }
}
