package org.headshots.infrastructure.storage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headshots.application.Sha256;
import org.headshots.domain.selfie.PhotoStore;
import org.headshots.domain.selfie.PhotoStoreFullException;
import org.headshots.domain.selfie.StoredPhoto;

/**
 * Photos as files under {@code headshots.data.dir}/photos, each encrypted with AES-256-GCM under the
 * key {@code headshots.storage.key} (base64 of 32 bytes, from the environment as
 * HEADSHOTS_STORAGE_KEY; never in the repository). A file is a fresh 12-byte nonce followed by the
 * ciphertext and its tag; the file's key is authenticated with it, so a file moved under another
 * name, or altered, does not decrypt.
 */
@ApplicationScoped
public class EncryptedPhotoStore implements PhotoStore {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(EncryptedPhotoStore.class.getName());

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "headshots.storage.key")
    String base64Key;

    @Inject
    @ConfigProperty(name = "headshots.data.dir", defaultValue = "data")
    String dataDir;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    private SecretKey key;
    private Path root;
    private FilesFollowTheTransaction files;

    /**
     * The store of a system's data folder, for tools that work on it from outside the server; the folder may be
     * on any file system.
     */
    public static EncryptedPhotoStore at(Path dataDir, String base64Key) {
        EncryptedPhotoStore store = new EncryptedPhotoStore();
        store.base64Key = base64Key;
        store.open(dataDir);
        return store;
    }

    @PostConstruct
    void openConfigured() {
        open(Path.of(dataDir));
    }

    void open(Path folder) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("headshots.storage.key (HEADSHOTS_STORAGE_KEY) is not base64", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException("headshots.storage.key (HEADSHOTS_STORAGE_KEY) must be 32 bytes "
                    + "(base64 of head -c 32 /dev/urandom), not " + raw.length);
        }
        key = new SecretKeySpec(raw, "AES");
        root = folder.toAbsolutePath().resolve("photos");
        files = new FilesFollowTheTransaction(transactions);
    }

    @Override
    public StoredPhoto put(byte[] content) {
        String name = UUID.randomUUID().toString();
        Path file = file(name);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), name, ".tmp");
            try {
                Files.write(tmp, encrypt(content, name));
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            if (noRoomLeft(e)) {
                LOG.severe(() -> "The photo store " + root + " is full: uploads and new headshots are refused until"
                        + " there is room (" + e.getMessage() + ")");
                throw new PhotoStoreFullException(e);
            }
            throw new UncheckedIOException("The photo could not be stored in " + root, e);
        }
        files.written(() -> remove(name));
        return new StoredPhoto(name, Sha256.hex(content), content.length);
    }

    @Override
    public byte[] get(String name) {
        try {
            return decrypt(Files.readAllBytes(file(name)), name);
        } catch (IOException e) {
            throw new UncheckedIOException("Photo " + name + " cannot be read", e);
        }
    }

    @Override
    public void delete(String name) {
        file(name); // a name that is no key is refused at once, not after the commit
        files.delete(() -> remove(name));
    }

    private void remove(String name) {
        try {
            Files.deleteIfExists(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Photo " + name + " cannot be deleted", e);
        }
    }

    @Override
    public String seal(byte[] secret) {
        return Base64.getEncoder().encodeToString(encrypt(secret, "sealed"));
    }

    @Override
    public byte[] unseal(String sealed) {
        try {
            return decrypt(Base64.getDecoder().decode(sealed), "sealed");
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("A sealed value does not decrypt with this storage key", e);
        }
    }

    /** The disk said it is full, in words (the JDK has no type for it), or has less room left than one write. */
    private boolean noRoomLeft(IOException e) {
        String said = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (said.contains("no space left") || said.contains("out of disk space") || said.contains("disk full")) {
            return true;
        }
        try {
            return Files.getFileStore(root).getUsableSpace() == 0;
        } catch (IOException | UnsupportedOperationException unknown) {
            return false;
        }
    }

    private Path file(String name) {
        if (!name.matches("[a-z0-9-]{8,100}")) {
            throw new IllegalArgumentException("Not a photo key: " + name);
        }
        return root.resolve(name.substring(0, 2)).resolve(name + ".bin");
    }

    private byte[] encrypt(byte[] plain, String associated) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private byte[] decrypt(byte[] stored, String associated) throws IOException {
        if (stored.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IOException("the file is too short to be an encrypted photo");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IOException("the file was altered, or was encrypted with another key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
