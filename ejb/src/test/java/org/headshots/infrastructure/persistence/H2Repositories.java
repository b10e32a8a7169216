package org.headshots.infrastructure.persistence;

import jakarta.persistence.EntityManager;

/**
 * The JPA adapters on the migrated H2, for tests of services in other packages that run on the real repositories:
 * each adapter gets the entity manager on its injected field, as the container would.
 */
public final class H2Repositories {

    private H2Repositories() {}

    /** An entity manager on freshly emptied tables. */
    public static EntityManager onEmptyTables() {
        MigratedDatabase.empty();
        return MigratedDatabase.factory().createEntityManager();
    }

    /** Every "table.column" of text where some row holds the text, in any case: what a database scan finds. */
    public static java.util.List<String> columnsHolding(String text) {
        return MigratedDatabase.columnsHolding(text);
    }

    public static JpaSelfieRepository selfies(EntityManager em) {
        JpaSelfieRepository repository = new JpaSelfieRepository();
        repository.em = em;
        return repository;
    }

    public static JpaHeadshotRepository headshots(EntityManager em) {
        JpaHeadshotRepository repository = new JpaHeadshotRepository();
        repository.em = em;
        return repository;
    }

    public static JpaIdentityProfileRepository identities(EntityManager em) {
        JpaIdentityProfileRepository repository = new JpaIdentityProfileRepository();
        repository.em = em;
        return repository;
    }

    public static JpaOrderRepository orders(EntityManager em) {
        JpaOrderRepository repository = new JpaOrderRepository();
        repository.em = em;
        return repository;
    }

    public static JpaOrganisationSettingsRepository settings(EntityManager em) {
        JpaOrganisationSettingsRepository repository = new JpaOrganisationSettingsRepository();
        repository.em = em;
        return repository;
    }

    public static JpaAuditTrail audit(EntityManager em) {
        JpaAuditTrail repository = new JpaAuditTrail();
        repository.em = em;
        return repository;
    }

    public static JpaHeadshotRunRepository runs(EntityManager em) {
        JpaHeadshotRunRepository repository = new JpaHeadshotRunRepository();
        repository.em = em;
        return repository;
    }

    public static JpaConsentRepository consents(EntityManager em) {
        JpaConsentRepository repository = new JpaConsentRepository();
        repository.em = em;
        return repository;
    }

    public static JpaSignInRepository signIns(EntityManager em) {
        JpaSignInRepository repository = new JpaSignInRepository();
        repository.em = em;
        return repository;
    }

    public static JpaMailDeliveryRepository mails(EntityManager em) {
        JpaMailDeliveryRepository repository = new JpaMailDeliveryRepository();
        repository.em = em;
        return repository;
    }

    public static JpaRetentionTallyRepository tallies(EntityManager em) {
        JpaRetentionTallyRepository repository = new JpaRetentionTallyRepository();
        repository.em = em;
        return repository;
    }
}
