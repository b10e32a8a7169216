package org.headshots.interfaces.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import org.headshots.application.retention.RetentionSweep;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.domain.retention.DataOwner;

/**
 * Reads the people whose data might have outlived its retention, by organisation then name; its checkpoint is the
 * last one whose erasure committed, so a restarted sweep goes on after them.
 */
@Named
@Dependent
public class ExpiredDataOwnerReader extends AbstractItemReader {

    /** A checkpoint: the last person handled, by organisation alias and username. */
    record HandledUpTo(String organisation, String person) implements Serializable {

        DataOwner owner() {
            return new DataOwner(new Username(person), new Organisation(organisation));
        }
    }

    @Inject
    RetentionSweep sweep;

    private Iterator<DataOwner> owners;
    private HandledUpTo last;

    @Override
    public void open(Serializable checkpoint) {
        last = (HandledUpTo) checkpoint;
        owners = sweep.candidates().stream()
                .filter(owner -> last == null || RetentionSweep.compare(owner, last.owner()) > 0)
                .iterator();
    }

    @Override
    public Object readItem() {
        if (!owners.hasNext()) {
            return null;
        }
        DataOwner owner = owners.next();
        last = new HandledUpTo(owner.organisation().alias(), owner.person().value());
        return owner;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}
