package org.headshots.node.interfaces;

import io.grpc.Status;
import io.grpc.StatusException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.headshots.node.domain.NodeRefusal;

/**
 * What went wrong, as the status a caller gets: a refusal with its reason, anything else as an internal failure
 * under an incident id that the node's log holds with the details, none of which leave the node.
 */
final class StatusMapping {

    private static final Logger LOG = Logger.getLogger(StatusMapping.class.getName());

    private StatusMapping() {}

    /** @param what the work that failed, for the log and an internal failure's description ("self-test") */
    static StatusException toStatus(String what, Exception e) {
        if (e instanceof NodeRefusal refusal) {
            if (refusal.kind() == NodeRefusal.Kind.FAILED) {
                LOG.log(Level.WARNING, what + " failed", e);
            }
            return statusOf(refusal.kind()).withDescription(e.getMessage()).asException();
        }
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return Status.UNAVAILABLE
                    .withDescription("the node is shutting down")
                    .asException();
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.WARNING, what + " failed: incident " + incident, e);
        return Status.INTERNAL
                .withDescription(what + " failed on the node: incident " + incident)
                .asException();
    }

    static Status statusOf(NodeRefusal.Kind kind) {
        return switch (kind) {
            case INVALID -> Status.INVALID_ARGUMENT;
            case IMPOSSIBLE -> Status.FAILED_PRECONDITION;
            case UNAVAILABLE -> Status.UNAVAILABLE;
            case CANCELLED -> Status.CANCELLED;
            case FAILED -> Status.INTERNAL;
        };
    }
}
