package org.headshots.application;

import java.io.IOException;
import java.io.OutputStream;

/** An export whose order is known to be the caller's and whose audit is written, ready to be streamed. */
public interface PreparedExport {

    /** The name the file is saved under. */
    String fileName();

    void writeTo(OutputStream out, ExportProgress progress) throws IOException;
}
