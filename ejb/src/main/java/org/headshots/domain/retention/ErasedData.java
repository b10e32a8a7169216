package org.headshots.domain.retention;

import java.io.Serializable;

/** How much of whose data a retention sweep erased: counts only, never who. */
public record ErasedData(int people, int selfies, int identities, int headshots) implements Serializable {

    public static final ErasedData NONE = new ErasedData(0, 0, 0, 0);

    public ErasedData {
        if (people < 0 || selfies < 0 || identities < 0 || headshots < 0) {
            throw new IllegalArgumentException("Counts of erased data are not negative");
        }
    }

    /** One person's erased data. */
    public static ErasedData ofOnePerson(int selfies, int identities, int headshots) {
        boolean any = selfies + identities + headshots > 0;
        return new ErasedData(any ? 1 : 0, selfies, identities, headshots);
    }

    public ErasedData plus(ErasedData other) {
        return new ErasedData(
                people + other.people,
                selfies + other.selfies,
                identities + other.identities,
                headshots + other.headshots);
    }

    public boolean isEmpty() {
        return people == 0;
    }

    @Override
    public String toString() {
        return selfies + " selfies, " + identities + " face embeddings and " + headshots + " unchosen headshots of "
                + people + (people == 1 ? " person" : " people");
    }
}
