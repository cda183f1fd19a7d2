package dev.crossway.initiator.application.internal;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs something once the current JTA transaction has committed (at once without one). */
final class AfterCommit {

    private static final Logger LOG = Logger.getLogger(AfterCommit.class.getName());

    private AfterCommit() {
    }

    static void run(TransactionSynchronizationRegistry registry, Runnable action) {
        if (registry == null || registry.getTransactionKey() == null) {
            safely(action);
            return;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    safely(action);
                }
            }
        });
    }

    private static void safely(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "after-commit action failed", e);
        }
    }
}
