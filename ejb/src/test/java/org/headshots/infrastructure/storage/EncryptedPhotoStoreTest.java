package org.headshots.infrastructure.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.headshots.domain.refusal.RefusalKind;
import org.headshots.domain.selfie.PhotoStoreFullException;
import org.headshots.domain.selfie.StoredPhoto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The store on a disk of 256 KB in memory: what a full disk does to it, and how its files follow transactions. */
class EncryptedPhotoStoreTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private final FileSystem disk = Jimfs.newFileSystem(Configuration.unix().toBuilder()
            .setMaxSize(256 * 1024)
            .setBlockSize(4096)
            .build());
    private final Path data = disk.getPath("/data");

    @AfterEach
    void close() throws IOException {
        disk.close();
    }

    @Test
    void aFullDiskRefusesThePhotoWithAClearMessageLeavesNoPartOfItAndTakesPhotosAgainOnceThereIsRoom()
            throws IOException {
        EncryptedPhotoStore store = EncryptedPhotoStore.at(data, KEY);
        List<StoredPhoto> kept = new ArrayList<>();
        PhotoStoreFullException full = null;
        for (int i = 0; i < 100 && full == null; i++) {
            try {
                kept.add(store.put(new byte[40 * 1024]));
            } catch (PhotoStoreFullException e) {
                full = e;
            }
        }

        assertEquals(RefusalKind.UNAVAILABLE, full.kind());
        assertEquals("PHOTO_STORE_FULL", full.code());
        assertEquals(
                "The server's photo storage is full, so nothing was saved. Your IT department has been told; send the"
                        + " photo again once they have made room.",
                full.getMessage());
        assertEquals(kept.size(), files(), "every photo kept is whole, and no part of the refused one is left");
        for (StoredPhoto photo : kept) {
            assertArrayEquals(new byte[40 * 1024], store.get(photo.key()));
        }

        store.delete(kept.get(0).key());
        store.delete(kept.get(1).key());
        StoredPhoto again = store.put(new byte[40 * 1024]);
        assertArrayEquals(new byte[40 * 1024], store.get(again.key()), "room again: the service is back");
    }

    @Test
    void aPhotoWrittenInATransactionThatRollsBackIsRemovedAndADeletionWaitsForTheCommit() throws IOException {
        TransactionSynchronizationRegistry transactions = mock(TransactionSynchronizationRegistry.class);
        List<Synchronization> registered = new ArrayList<>();
        when(transactions.getTransactionStatus()).thenReturn(Status.STATUS_ACTIVE);
        org.mockito.Mockito.doAnswer(call -> registered.add(call.getArgument(0)))
                .when(transactions)
                .registerInterposedSynchronization(org.mockito.ArgumentMatchers.any());
        EncryptedPhotoStore opened = new EncryptedPhotoStore();
        opened.transactions = transactions;
        opened.base64Key = KEY;
        opened.open(data);

        StoredPhoto rolledBack = opened.put(new byte[] {1});
        StoredPhoto committed = opened.put(new byte[] {2});
        registered.get(0).afterCompletion(Status.STATUS_ROLLEDBACK);
        registered.get(1).afterCompletion(Status.STATUS_COMMITTED);

        assertThrows(UncheckedIOException.class, () -> opened.get(rolledBack.key()));
        assertArrayEquals(new byte[] {2}, opened.get(committed.key()));

        opened.delete(committed.key());
        assertArrayEquals(new byte[] {2}, opened.get(committed.key()), "still there until the commit");
        registered.get(2).afterCompletion(Status.STATUS_ROLLEDBACK);
        assertArrayEquals(new byte[] {2}, opened.get(committed.key()), "a rolled-back deletion deletes nothing");
        opened.delete(committed.key());
        registered.get(3).afterCompletion(Status.STATUS_COMMITTED);
        assertThrows(UncheckedIOException.class, () -> opened.get(committed.key()));
    }

    private long files() throws IOException {
        try (Stream<Path> all = Files.walk(data)) {
            return all.filter(Files::isRegularFile).count();
        }
    }
}
