package org.headshots.gpu.api;

/**
 * A node refused the request itself, not for a fault of its own: a photo it cannot read, an unknown
 * style, photos of no one. Sending it again, to any node, gives the same answer; the message says
 * what to change.
 */
public class RequestRejectedException extends GpuNodeException {

    private static final long serialVersionUID = 1L;

    public RequestRejectedException(NodeAddress node, String reason, Throwable cause) {
        super(node, reason, cause);
    }
}
