package org.headshots.domain.fleet;

import java.util.List;
import java.util.Optional;

/** The fleet changes IT made, kept so that they survive a restart. */
public interface FleetMembership {

    List<NodeMembership> all();

    Optional<NodeMembership> find(NodeAddress address);

    void store(NodeMembership membership);
}
