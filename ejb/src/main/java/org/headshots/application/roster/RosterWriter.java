package org.headshots.application.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

/**
 * Writes a roster as a workbook while its rows are read: the summary first, then a sheet per department in the
 * order the entries come (sorted by department), never all rows in memory at once.
 */
public interface RosterWriter {

    void write(RosterSummary summary, Iterator<RosterEntry> entries, OutputStream out) throws IOException;
}
