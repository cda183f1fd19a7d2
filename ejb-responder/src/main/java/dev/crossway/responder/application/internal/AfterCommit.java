package dev.crossway.responder.application.internal;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs work once the current transaction has committed; at once where there is none (outside the server). */
@FunctionalInterface
interface AfterCommit {

    Logger LOG = Logger.getLogger(AfterCommit.class.getName());

    /** No transaction around: the work runs at once. */
    AfterCommit NOW = Runnable::run;

    void run(Runnable work);

    /** Through the container's transaction: {@code work} runs after a commit, never after a rollback. */
    static AfterCommit of(TransactionSynchronizationRegistry transactions) {
        return work -> {
            if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
                work.run();
                return;
            }
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        try {
                            work.run();
                        } catch (RuntimeException e) {
                            // the change is committed: nothing can undo it now, so say so loudly
                            LOG.log(Level.SEVERE, "work after a commit failed", e);
                        }
                    }
                }
            });
        };
    }
}
