package org.headshots.gpu.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The secret the application and its GPU nodes share to authenticate each other. Never printed:
 * {@link #toString()} hides it.
 */
public final class SharedSecret {

    /** Fewer characters than this are refused: a guessable secret protects nothing. */
    public static final int MIN_LENGTH = 16;

    private final byte[] key;

    private SharedSecret(byte[] key) {
        this.key = key;
    }

    /**
     * @throws IllegalArgumentException when the text is shorter than {@value #MIN_LENGTH} characters
     *         (surrounding white space, such as a file's final newline, is ignored)
     */
    public static SharedSecret of(String text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.strip();
        if (trimmed.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("The GPU node shared secret must have at least " + MIN_LENGTH
                    + " characters (it has " + trimmed.length() + "); generate one, e.g. with: openssl rand -hex 32");
        }
        return new SharedSecret(trimmed.getBytes(StandardCharsets.UTF_8));
    }

    byte[] key() {
        return key.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SharedSecret that && Arrays.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "SharedSecret[hidden]";
    }
}
