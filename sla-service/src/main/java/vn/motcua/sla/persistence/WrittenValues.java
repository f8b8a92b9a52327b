package vn.motcua.sla.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values this instance has written and seen committed (agencies, labels), so that the consumer skips an upsert that
 * would change nothing: most events name an agency and a procedure already stored.
 */
@ApplicationScoped
public class WrittenValues {
    private final TransactionSynchronizationRegistry transactions;
    private final Map<String, Object> committed = new ConcurrentHashMap<>();

    public WrittenValues(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Whether {@code value} was committed under {@code key} by this instance. */
    public boolean isStored(String key, Object value) {
        return Objects.equals(committed.get(key), value);
    }

    /** Remembers {@code value} under {@code key} once the current transaction commits (not if it rolls back). */
    public void storedInThisTransaction(String key, Object value) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    committed.put(key, value);
                }
            }
        });
    }
}
