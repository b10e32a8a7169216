package org.headshots.domain.order;

import java.util.List;
import java.util.Optional;
import org.headshots.domain.people.Organisation;

/** The join links of orders. */
public interface JoinLinkRepository {

    void store(JoinLink link);

    /** The link whose token has this SHA-256. */
    Optional<JoinLink> byTokenHash(String tokenHash);

    /** The links of one of the organisation's orders, newest first. */
    List<JoinLink> ofOrder(Organisation organisation, OrderId order);
}
