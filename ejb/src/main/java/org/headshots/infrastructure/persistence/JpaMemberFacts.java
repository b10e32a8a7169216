package org.headshots.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.headshots.domain.order.MemberFacts;
import org.headshots.domain.order.OrderId;
import org.headshots.domain.people.Username;
import org.headshots.domain.selfie.Verdict;

@ApplicationScoped
public class JpaMemberFacts implements MemberFacts {

    @PersistenceContext(unitName = "headshots")
    EntityManager em;

    @Override
    public Map<Username, Selfies> selfies(Collection<Username> people) {
        Map<Username, int[]> counts = new HashMap<>();
        if (!people.isEmpty()) {
            for (Object[] row : em.createQuery(
                            "SELECT s.owner, s.verdict, COUNT(s) FROM Selfie s"
                                    + " WHERE s.owner IN :owners GROUP BY s.owner, s.verdict",
                            Object[].class)
                    .setParameter("owners", names(people))
                    .getResultList()) {
                int[] count = counts.computeIfAbsent((Username) row[0], person -> new int[2]);
                int n = ((Long) row[2]).intValue();
                count[1] += n;
                if (row[1] == Verdict.ACCEPTED) {
                    count[0] += n;
                }
            }
        }
        Map<Username, Selfies> selfies = new HashMap<>();
        counts.forEach((person, count) -> selfies.put(person, new Selfies(count[0], count[1])));
        return selfies;
    }

    @Override
    public Map<Username, LatestRun> latestRuns(OrderId order, Collection<Username> people) {
        Map<Username, LatestRun> latest = new HashMap<>();
        if (people.isEmpty()) {
            return latest;
        }
        for (Object[] row : em.createQuery(
                        "SELECT r.owner, r.id, r.number, r.status, r.headshotCount FROM HeadshotRun r"
                                + " WHERE r.orderId = :order AND r.owner IN :owners ORDER BY r.number",
                        Object[].class)
                .setParameter("order", order.value())
                .setParameter("owners", names(people))
                .getResultList()) {
            latest.put(
                    (Username) row[0],
                    new LatestRun((Long) row[1], (Integer) row[2], String.valueOf(row[3]), 0, (Integer) row[4]));
        }
        if (latest.isEmpty()) {
            return latest;
        }
        Map<String, Integer> kept = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT h.owner, h.run, COUNT(h) FROM Headshot h WHERE h.owner IN :owners"
                                + " GROUP BY h.owner, h.run",
                        Object[].class)
                .setParameter("owners", names(latest.keySet()))
                .getResultList()) {
            kept.put(row[0] + "/" + row[1], ((Long) row[2]).intValue());
        }
        latest.replaceAll((person, run) -> new LatestRun(
                run.id(),
                run.number(),
                run.status(),
                kept.getOrDefault(person.value() + "/" + run.number(), 0),
                run.ordered()));
        return latest;
    }

    @Override
    public Map<Username, Chosen> favouritesOfOrder(OrderId order, Collection<Username> people) {
        Map<Username, Chosen> favourites = new HashMap<>();
        if (people.isEmpty()) {
            return favourites;
        }
        for (Object[] row : em.createQuery(
                        "SELECT f.owner, f.headshotId, f.chosenAt FROM Favourite f"
                                + " WHERE f.owner IN :owners AND f.orderId = :order",
                        Object[].class)
                .setParameter("owners", names(people))
                .setParameter("order", order.value())
                .getResultList()) {
            favourites.put((Username) row[0], new Chosen((Long) row[1], (OffsetDateTime) row[2]));
        }
        return favourites;
    }

    private static List<Username> names(Collection<Username> people) {
        return people.stream().distinct().toList();
    }
}
