package org.headshots.application;

/** Told how far a streamed export is: {@code done} of {@code total} members or photos written. */
@FunctionalInterface
public interface ExportProgress {

    void written(long done, long total);
}
