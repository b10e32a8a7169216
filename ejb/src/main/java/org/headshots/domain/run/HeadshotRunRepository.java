package org.headshots.domain.run;

import java.util.List;
import java.util.Optional;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;

public interface HeadshotRunRepository {

    HeadshotRun store(HeadshotRun run);

    Optional<HeadshotRun> find(long id);

    /** The person's runs, newest first. */
    List<HeadshotRun> of(Username owner);

    /** The organisation's runs, newest first. */
    List<HeadshotRun> of(Organisation organisation);

    List<HeadshotRun> withStatus(RunStatus status);

    void remove(HeadshotRun run);
}
