package org.headshots.domain.order;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import org.headshots.domain.people.Username;

/**
 * What a page of an order's members shows beside each seat, read for the whole page at once (a handful of
 * queries, however many rows): selfies, the latest run of the order and how far it came, the favourite when it
 * is one of the order's headshots.
 */
public interface MemberFacts {

    /** Accepted and uploaded selfies per person. */
    record Selfies(int accepted, int uploaded) {}

    /** The latest run of the order for a person, and how many of its headshots are kept. */
    record LatestRun(long id, int number, String status, int kept, int ordered) {}

    /** A person's favourite for the order, and when they chose it. */
    record Chosen(long headshotId, OffsetDateTime at) {}

    Map<Username, Selfies> selfies(Collection<Username> people);

    Map<Username, LatestRun> latestRuns(OrderId order, Collection<Username> people);

    /** The favourite of each person whose favourite is a headshot of one of the order's runs. */
    Map<Username, Chosen> favouritesOfOrder(OrderId order, Collection<Username> people);
}
