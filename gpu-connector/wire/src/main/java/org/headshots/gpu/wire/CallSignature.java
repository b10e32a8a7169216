package org.headshots.gpu.wire;

import io.grpc.Metadata;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The mutual authentication of the wire contract (see node.proto): the client signs each call with
 * the shared secret, the node checks the signature and signs the client's nonce back. The secret
 * itself never travels.
 */
public final class CallSignature {

    /** Request metadata key carrying the client's signature. */
    public static final String CLIENT_HEADER = "x-headshots-auth";

    /** Response metadata key carrying the node's proof. */
    public static final String NODE_HEADER = "x-headshots-node-auth";

    /** {@link #CLIENT_HEADER} as gRPC metadata. */
    public static final Metadata.Key<String> CLIENT_KEY =
            Metadata.Key.of(CLIENT_HEADER, Metadata.ASCII_STRING_MARSHALLER);

    /** {@link #NODE_HEADER} as gRPC metadata. */
    public static final Metadata.Key<String> NODE_KEY = Metadata.Key.of(NODE_HEADER, Metadata.ASCII_STRING_MARSHALLER);

    /** How far a client's clock may be from the node's. */
    public static final Duration MAX_SKEW = Duration.ofMinutes(5);

    private static final String SCHEME = "v1";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SharedSecret secret;

    public CallSignature(SharedSecret secret) {
        this.secret = java.util.Objects.requireNonNull(secret, "secret");
    }

    /** A signed client header for one call. */
    public ClientProof sign(String fullMethodName, Instant now) {
        byte[] nonceBytes = new byte[16];
        RANDOM.nextBytes(nonceBytes);
        String nonce = HexFormat.of().formatHex(nonceBytes);
        String seconds = Long.toString(now.getEpochSecond());
        String header = SCHEME + ":" + seconds + ":" + nonce + ":" + hmac(seconds + ":" + nonce + ":" + fullMethodName);
        return new ClientProof(header, nonce);
    }

    /**
     * Checks a client header.
     *
     * @return the client's nonce
     * @throws InvalidSignatureException saying what is wrong, for the node's log and the refusal
     */
    public String verify(String header, String fullMethodName, Instant now) throws InvalidSignatureException {
        if (header == null || header.isBlank()) {
            throw new InvalidSignatureException("the call carries no credentials (" + CLIENT_HEADER + ")");
        }
        String[] parts = header.split(":", -1);
        if (parts.length != 4 || !SCHEME.equals(parts[0]) || parts[2].length() != 32) {
            throw new InvalidSignatureException("the credentials are not of the form v1:<seconds>:<nonce>:<hmac>");
        }
        long seconds;
        try {
            seconds = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            throw new InvalidSignatureException("the credentials carry no valid time");
        }
        if (Math.abs(now.getEpochSecond() - seconds) > MAX_SKEW.toSeconds()) {
            throw new InvalidSignatureException("the credentials are more than " + MAX_SKEW.toMinutes()
                    + " minutes old or ahead: check both machines' clocks");
        }
        String expected = hmac(parts[1] + ":" + parts[2] + ":" + fullMethodName);
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), parts[3].getBytes(StandardCharsets.US_ASCII))) {
            throw new InvalidSignatureException("wrong credentials: the shared secret differs");
        }
        return parts[2];
    }

    /** The node's answer to a client nonce. */
    public String nodeProof(String nonce) {
        return hmac("node:" + nonce);
    }

    /** Whether a node's answer proves it knows the secret. */
    public boolean isNodeProof(String proof, String nonce) {
        return proof != null
                && MessageDigest.isEqual(
                        nodeProof(nonce).getBytes(StandardCharsets.US_ASCII),
                        proof.getBytes(StandardCharsets.US_ASCII));
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("This Java runtime cannot compute HMAC-SHA256", e);
        }
    }

    /** What a client sends, and the nonce it expects the node to sign back. */
    public record ClientProof(String header, String nonce) {}

    /** A client's credentials were missing or wrong. */
    public static final class InvalidSignatureException extends Exception {

        private static final long serialVersionUID = 1L;

        public InvalidSignatureException(String message) {
            super(message);
        }
    }
}
