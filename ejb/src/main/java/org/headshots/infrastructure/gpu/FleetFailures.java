package org.headshots.infrastructure.gpu;

import org.headshots.application.FleetUnavailableException;
import org.headshots.application.WorkRejectedException;
import org.headshots.gpu.api.GpuNodeException;
import org.headshots.gpu.api.RequestRejectedException;

/** The connector's failures in the application's words, so that no connector type leaves this package. */
final class FleetFailures {

    private FleetFailures() {}

    static RuntimeException translated(GpuNodeException failure) {
        if (failure instanceof RequestRejectedException) {
            return new WorkRejectedException(failure.getMessage(), failure.reason(), failure);
        }
        return new FleetUnavailableException(failure.getMessage(), failure.reason(), failure);
    }
}
