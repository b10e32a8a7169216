package org.headshots.gpu.wire;

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
