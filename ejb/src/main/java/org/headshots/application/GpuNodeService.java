package org.headshots.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.headshots.gpu.api.NodeInfo;

/** What IT sees of the GPU nodes. */
@Stateless
public class GpuNodeService {

    @Inject
    GpuFleet fleet;

    public List<NodeInfo> nodes() {
        return fleet.nodes();
    }
}
