package org.headshots.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import org.headshots.domain.headshot.Favourite;
import org.headshots.domain.headshot.Headshot;
import org.headshots.domain.headshot.HeadshotRepository;
import org.headshots.domain.people.Username;

@ApplicationScoped
public class JpaHeadshotRepository implements HeadshotRepository {

    @PersistenceContext(unitName = "headshots")
    EntityManager em;

    @Override
    public void store(Headshot headshot) {
        em.persist(headshot);
    }

    @Override
    public boolean has(Username owner, int run, String style, int index) {
        return !em.createQuery(
                        "SELECT h.id FROM Headshot h WHERE h.owner = :owner AND h.run = :run "
                                + "AND h.style = :style AND h.index = :index",
                        Long.class)
                .setParameter("owner", owner)
                .setParameter("run", run)
                .setParameter("style", style)
                .setParameter("index", index)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public java.util.Set<Integer> storedIndices(Username owner, int run, String style) {
        return new java.util.HashSet<>(em.createQuery(
                        "SELECT h.index FROM Headshot h WHERE h.owner = :owner"
                                + " AND h.run = :run AND h.style = :style",
                        Integer.class)
                .setParameter("owner", owner)
                .setParameter("run", run)
                .setParameter("style", style)
                .getResultList());
    }

    @Override
    public org.headshots.domain.run.RunTimings timingsOf(Username owner, int run) {
        Object[] sums = em.createQuery(
                        "SELECT SUM(h.prepareMillis), SUM(h.composeMillis), SUM(h.checkMillis),"
                                + " SUM(h.encodeMillis), SUM(h.storeMillis), SUM(h.callMillis) FROM Headshot h"
                                + " WHERE h.owner = :owner AND h.run = :run",
                        Object[].class)
                .setParameter("owner", owner)
                .setParameter("run", run)
                .getSingleResult();
        long[] millis = new long[sums.length];
        for (int i = 0; i < sums.length; i++) {
            millis[i] = sums[i] == null ? 0 : ((Number) sums[i]).longValue();
        }
        return new org.headshots.domain.run.RunTimings(
                0, millis[0], millis[1], millis[2], millis[3], millis[4], millis[5]);
    }

    @Override
    public int count(Username owner, int run) {
        return em.createQuery("SELECT COUNT(h) FROM Headshot h WHERE h.owner = :owner AND h.run = :run", Long.class)
                .setParameter("owner", owner)
                .setParameter("run", run)
                .getSingleResult()
                .intValue();
    }

    @Override
    public java.util.Optional<Favourite> favouriteOf(Username owner, org.headshots.domain.order.OrderId order) {
        return em.createQuery(
                        "SELECT f FROM Favourite f WHERE f.owner = :owner AND f.orderId = :order", Favourite.class)
                .setParameter("owner", owner)
                .setParameter("order", order.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    public java.util.List<Favourite> favouritesOf(Username owner) {
        return em.createQuery(
                        "SELECT f FROM Favourite f WHERE f.owner = :owner ORDER BY f.chosenAt DESC, f.id DESC",
                        Favourite.class)
                .setParameter("owner", owner)
                .getResultList();
    }

    @Override
    public void store(Favourite favourite) {
        if (!em.contains(favourite)) {
            em.persist(favourite);
        }
    }

    @Override
    public void remove(Favourite favourite) {
        em.remove(em.contains(favourite) ? favourite : em.merge(favourite));
    }

    @Override
    public List<Headshot> ofRun(Username owner, int run) {
        return em.createQuery(
                        "SELECT h FROM Headshot h WHERE h.owner = :owner AND h.run = :run ORDER BY h.id",
                        Headshot.class)
                .setParameter("owner", owner)
                .setParameter("run", run)
                .getResultList();
    }

    @Override
    public void remove(Headshot headshot) {
        em.remove(em.contains(headshot) ? headshot : em.merge(headshot));
    }

    @Override
    public java.util.Optional<Headshot> find(long id) {
        return java.util.Optional.ofNullable(em.find(Headshot.class, id));
    }

    @Override
    public List<Headshot> ranked(Username owner) {
        return em.createQuery("SELECT h FROM Headshot h WHERE h.owner = :owner", Headshot.class)
                .setParameter("owner", owner)
                .getResultStream()
                .sorted(Comparator.comparingDouble(Headshot::score).reversed())
                .toList();
    }

    @Override
    public List<Headshot> unchosenMadeBefore(Username owner, java.time.OffsetDateTime moment) {
        return em.createQuery(
                        "SELECT h FROM Headshot h WHERE h.owner = :owner AND h.createdAt < :moment"
                                + " AND NOT EXISTS (SELECT f FROM Favourite f WHERE f.headshotId = h.id) ORDER BY h.id",
                        Headshot.class)
                .setParameter("owner", owner)
                .setParameter("moment", moment)
                .getResultList();
    }

    @Override
    public List<org.headshots.domain.retention.DataOwner> ownersOfUnchosenBefore(java.time.OffsetDateTime moment) {
        return em.createQuery(
                        "SELECT DISTINCT NEW org.headshots.domain.retention.DataOwner(h.owner, h.organisation)"
                                + " FROM Headshot h WHERE h.createdAt < :moment"
                                + " AND NOT EXISTS (SELECT f FROM Favourite f WHERE f.headshotId = h.id)",
                        org.headshots.domain.retention.DataOwner.class)
                .setParameter("moment", moment)
                .getResultList();
    }
}
