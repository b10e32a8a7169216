package org.headshots.infrastructure.storage;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes the photo store's files follow the database transaction they are written or deleted in: a file written
 * in a transaction that rolls back is removed, and a file deleted in one goes only once it has committed. So a
 * failed upload leaves no file behind, and a failed erasure no row whose file is gone. Outside a transaction (and
 * where there is no transaction manager, as in tools and unit tests) both happen at once.
 */
final class FilesFollowTheTransaction {

    private static final Logger LOG = Logger.getLogger(FilesFollowTheTransaction.class.getName());

    private final TransactionSynchronizationRegistry transactions;

    FilesFollowTheTransaction(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** The file was just written: remove it again if the transaction does not commit. */
    void written(Runnable remove) {
        if (inTransaction()) {
            transactions.registerInterposedSynchronization(after(false, remove));
        }
    }

    /** Deletes now, or once the transaction has committed. */
    void delete(Runnable delete) {
        if (inTransaction()) {
            transactions.registerInterposedSynchronization(after(true, delete));
        } else {
            delete.run();
        }
    }

    private boolean inTransaction() {
        return transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    private static Synchronization after(boolean committed, Runnable work) {
        return new Synchronization() {
            @Override
            public void beforeCompletion() {
                // the files change only once the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == committed) {
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "A photo file could not follow its transaction", e);
                    }
                }
            }
        };
    }
}
