package org.headshots.application.selfie;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;

/**
 * One upload, from the bytes to the kept selfie: counted against the person's rate, refused early when it cannot
 * be a selfie, then checked in its turn, then kept. The wait and the check hold no transaction and no database
 * connection, so that many people uploading at once wait for the nodes, not for the connection pool.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SelfieIntake {

    @Inject
    UploadRateLimit rate;

    @Inject
    SelfieService selfies;

    @Inject
    CheckQueue queue;

    @Inject
    PhotoAnalyzer analyzer;

    /**
     * @throws TooManyUploadsException when the person sent too many photos in a short time
     * @throws UnreadablePhotoException when the bytes are not a photo we take (nothing stored)
     * @throws PhotoTooLargeException when the file is over the size limit (nothing decoded or stored)
     * @throws org.headshots.application.ConsentRequiredException when the person has not consented
     * @throws org.headshots.application.FleetUnavailableException when no node can check it now
     */
    public SelfieView upload(Username owner, Organisation organisation, byte[] bytes) throws UnreadablePhotoException {
        rate.take(owner);
        selfies.requireUploadable(owner, bytes);
        AnalyzedUpload analyzed =
                queue.inTurn(owner, () -> analyzer.analyze("selfie-" + owner.value() + "-" + UUID.randomUUID(), bytes));
        return selfies.keep(owner, organisation, analyzed);
    }

    /** Where the person's photo stands in the queue for its check, if one of theirs waits or is being checked. */
    public java.util.Optional<CheckTurn> turnOf(Username owner) {
        return queue.turnOf(owner);
    }
}
