package org.headshots.domain.headshot;

import java.util.List;
import org.headshots.domain.people.Username;

public interface HeadshotRepository {

    void store(Headshot headshot);

    /** Whether image (style, index) of the run is stored already. */
    boolean has(Username owner, int run, String style, int index);

    java.util.Optional<Headshot> find(long id);

    /** The indices of the run's images of the style that are stored. */
    java.util.Set<Integer> storedIndices(Username owner, int run, String style);

    /** Where the stored images of the run took time, summed. */
    org.headshots.domain.run.RunTimings timingsOf(Username owner, int run);

    /** How many images of the run are stored. */
    int count(Username owner, int run);

    /** The person's favourite for their seat in an order. */
    java.util.Optional<Favourite> favouriteOf(Username owner, org.headshots.domain.order.OrderId order);

    /** The person's favourites, one per seat, the last chosen first. */
    java.util.List<Favourite> favouritesOf(Username owner);

    void store(Favourite favourite);

    void remove(Favourite favourite);

    /** The images of one run of the person. */
    List<Headshot> ofRun(Username owner, int run);

    void remove(Headshot headshot);

    /** The person's headshots, best first. */
    List<Headshot> ranked(Username owner);

    /** The person's headshots made before that moment that are no seat's favourite. */
    List<Headshot> unchosenMadeBefore(Username owner, java.time.OffsetDateTime moment);

    /** Everyone with a headshot made before that moment that is no seat's favourite. */
    List<org.headshots.domain.retention.DataOwner> ownersOfUnchosenBefore(java.time.OffsetDateTime moment);
}
