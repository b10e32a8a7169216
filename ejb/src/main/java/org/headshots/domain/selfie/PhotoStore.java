package org.headshots.domain.selfie;

/** Where photos are kept, encrypted at rest, outside the database. */
public interface PhotoStore {

    /** @throws PhotoStoreFullException when the disk has no room for it (nothing is written then) */
    StoredPhoto put(byte[] content);

    /** @throws java.io.UncheckedIOException when the file is missing or does not decrypt (altered) */
    byte[] get(String key);

    void delete(String key);

    /** Encrypts small secrets kept in the database, such as identity embeddings; base64. */
    String seal(byte[] secret);

    byte[] unseal(String sealed);
}
