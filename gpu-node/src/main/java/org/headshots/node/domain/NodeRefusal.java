package org.headshots.node.domain;

import java.util.function.Supplier;

/**
 * Why the node does not give what a request asks for, in words meant for people. Its kind tells the caller what
 * to make of it: the node's edge answers each kind with one status.
 */
public class NodeRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    /** What a refusal means for the request. */
    public enum Kind {
        /** The request itself is wrong: sent again as it is, it is refused again, by any node. */
        INVALID,
        /** The request is well formed, but what it sent cannot give the result (no face, checks failed). */
        IMPOSSIBLE,
        /** This node takes no work now (still loading, shutting down); another node may. */
        UNAVAILABLE,
        /** The job was cancelled, or its caller went away. */
        CANCELLED,
        /** The node's runtime or device failed the work; another node may succeed. */
        FAILED
    }

    private final Kind kind;

    public NodeRefusal(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public NodeRefusal(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** The request is malformed; the message says how. */
    public static NodeRefusal invalid(String message) {
        return new NodeRefusal(Kind.INVALID, message);
    }

    /**
     * A value made from request data: what its own checks reject (an {@link IllegalArgumentException}) is a
     * refusal of kind {@link Kind#INVALID}, its message after {@code field} (say "job_key: ", or "").
     */
    public static <T> T fromRequest(String field, Supplier<T> value) throws NodeRefusal {
        try {
            return value.get();
        } catch (IllegalArgumentException e) {
            throw new NodeRefusal(Kind.INVALID, field + e.getMessage(), e);
        }
    }

    public final Kind kind() {
        return kind;
    }
}
