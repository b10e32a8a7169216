package org.headshots.domain.selfie;

import java.util.Objects;

/** An encrypted file in the photo store: its key, and the SHA-256 and size of what it holds. */
public record StoredPhoto(String key, String sha256, long bytes) {

    public StoredPhoto {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sha256, "sha256");
        if (!key.matches("[a-z0-9-]{8,100}")) {
            throw new IllegalArgumentException("Not a photo store key: " + key);
        }
    }
}
