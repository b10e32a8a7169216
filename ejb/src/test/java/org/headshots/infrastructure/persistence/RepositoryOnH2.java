package org.headshots.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.time.OffsetDateTime;
import java.util.function.Supplier;
import org.headshots.domain.order.Order;
import org.headshots.domain.people.Organisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What a JPA adapter's test shares: empty tables of the migrated H2 ({@link MigratedDatabase}), an entity manager
 * for the adapter (set on its injected field, as the container would), and transactions the way the container
 * runs them, one per call of a service.
 */
abstract class RepositoryOnH2 {

    protected EntityManager em;

    @BeforeEach
    void openOnEmptyTables() {
        MigratedDatabase.empty();
        em = MigratedDatabase.factory().createEntityManager();
    }

    @AfterEach
    void close() {
        if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
        }
        em.close();
    }

    /** Runs the work in a transaction and commits it; what it loaded is forgotten, so reads go to the database. */
    protected <T> T inTransaction(Supplier<T> work) {
        EntityTransaction transaction = em.getTransaction();
        transaction.begin();
        try {
            T result = work.get();
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            em.clear();
        }
    }

    /** A stored open order of the organisation with a seat for Erin, for the rows that name an order. */
    protected Order storedOrder(Organisation organisation, String name, OffsetDateTime createdAt) {
        Order order = Examples.order(
                organisation, name, createdAt, Examples.employee(Examples.ERIN, "Erin Example", "Sales"));
        inTransaction(() -> em.persist(order));
        return order;
    }

    protected void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
