package org.headshots.domain.roster;

import java.util.List;

/** Reads the people's rows of an uploaded roster file. */
public interface RosterFiles {

    /** The largest file read; more is refused with a message. */
    int MAX_BYTES = 5 * 1024 * 1024;

    /**
     * @throws RosterFileRefusedException for a file that is not a roster that can be read, saying what to do
     */
    List<RosterRow> read(String fileName, byte[] content);
}
