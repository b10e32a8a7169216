package org.headshots.application.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.headshots.application.EmbeddingBytes;
import org.headshots.application.GpuFleet;
import org.headshots.application.fleet.BuiltIdentity;
import org.headshots.application.fleet.WorkKey;
import org.headshots.domain.audit.AuditAction;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.audit.AuditTrail;
import org.headshots.domain.identity.IdentityProfile;
import org.headshots.domain.identity.IdentityProfileRepository;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.domain.selfie.PhotoStore;
import org.headshots.domain.selfie.Selfie;
import org.headshots.domain.selfie.SelfieRepository;

/**
 * Builds a person's identity from their accepted selfies on a GPU node: the selfies that do not show the
 * same person are dropped, the consensus embedding is kept encrypted, the best photos become references.
 * The job key makes a resent build (after a node failure, a restart of the job) reuse the node's work.
 */
@Stateless
public class IdentityBuildService {

    private static final Logger LOG = Logger.getLogger(IdentityBuildService.class.getName());

    @Inject
    SelfieRepository selfies;

    @Inject
    PhotoStore store;

    @Inject
    GpuFleet fleet;

    @Inject
    IdentityProfileRepository profiles;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * @param jobKey the batch job's key: the same key never builds twice on a node
     * @throws NotEnoughSelfiesException when the person has no accepted selfie, or none agree
     */
    public IdentitySummary build(Username owner, String jobKey) {
        List<Selfie> accepted =
                selfies.of(owner).stream().filter(Selfie::accepted).toList();
        if (accepted.isEmpty()) {
            throw new NotEnoughSelfiesException(owner + " has no accepted selfie to build an identity from");
        }
        List<byte[]> photos = new ArrayList<>(accepted.size());
        for (Selfie selfie : accepted) {
            photos.add(store.get(selfie.photoKey()));
        }
        BuiltIdentity result = fleet.buildIdentity(new WorkKey(jobKey), photos);
        List<Long> used = new ArrayList<>();
        List<Long> dropped = new ArrayList<>();
        for (BuiltIdentity.Verdict verdict : result.photos()) {
            (verdict.used() ? used : dropped).add(accepted.get(verdict.photo()).id());
        }
        List<Long> references =
                result.references().stream().map(i -> accepted.get(i).id()).toList();
        if (used.isEmpty() || references.isEmpty()) {
            throw new NotEnoughSelfiesException("the selfies of " + owner + " do not agree on one person");
        }
        Organisation organisation = accepted.get(0).organisation();
        profiles.replace(new IdentityProfile(
                organisation,
                owner,
                OffsetDateTime.now(clock),
                store.seal(EmbeddingBytes.of(result.embedding())),
                used,
                dropped,
                references,
                result.node().toString()));
        audit.record(AuditEvent.bySystem(
                AuditAction.IDENTITY_BUILT,
                "identity:" + owner.value(),
                used.size() + " selfies used, " + dropped.size() + " dropped, references " + references,
                organisation,
                OffsetDateTime.now(clock)));
        LOG.info(() -> "Identity of " + owner + " built on " + result.node() + ": " + used.size() + " selfies used, "
                + dropped.size() + " dropped");
        return new IdentitySummary(used.size(), dropped.size(), references);
    }
}
