package org.headshots.gpu.wire;

import java.time.Duration;

/**
 * Facts about the node wire contract ({@code headshots/node/v1/node.proto}) shared by the resource
 * adapter and the GPU node.
 */
public final class WireContract {

    /** Major version: the protobuf package {@code headshots.node.v1}. */
    public static final int MAJOR = 1;

    /** Minor version: raised whenever fields or methods are added to v1. */
    public static final int MINOR = 6;

    /** What a node reports in {@code NodeInfoReply.contract_version}. */
    public static final String VERSION = MAJOR + "." + MINOR;

    /** Fully qualified gRPC service name, as used by the health service. */
    public static final String SERVICE = "headshots.node.v1.GpuNode";

    /*
     * A frozen node (stopped, swapped out, its machine hung) keeps its TCP connections open and says nothing,
     * which looks like a long generation. While a call is open the application pings the node (HTTP/2 PING,
     * answered by the node's network threads, not by its busy model threads) and gives the call up when a ping
     * goes unanswered, so the work fails over in seconds rather than at the call's deadline. The node lets
     * pings come twice as often as they are sent, so that no ping is taken as abuse.
     */

    /** How long a call's connection may be quiet before the application pings the node. */
    public static final Duration PING_AFTER_QUIET = Duration.ofSeconds(10);

    /** How long the application waits for the answer to a ping before it gives the node's calls up. */
    public static final Duration PING_ANSWER_WITHIN = Duration.ofSeconds(10);

    /** The shortest gap between pings that a node accepts. */
    public static final Duration PINGS_ACCEPTED_EVERY = PING_AFTER_QUIET.dividedBy(2);

    private WireContract() {}

    /**
     * Lower-case hex SHA-256, as the contract carries it (a headshot's {@code HeadshotHeader.sha256}) and
     * as both sides check it.
     */
    public static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256", e);
        }
    }

    /** Whether a client of this contract can talk to a node reporting {@code version} ("1.4", say). */
    public static boolean compatible(String version) {
        if (version == null || version.isBlank()) {
            return false;
        }
        int dot = version.indexOf('.');
        String major = dot < 0 ? version : version.substring(0, dot);
        try {
            return Integer.parseInt(major.trim()) == MAJOR;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
