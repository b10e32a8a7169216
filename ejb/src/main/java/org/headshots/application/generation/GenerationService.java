package org.headshots.application.generation;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.headshots.application.EmbeddingBytes;
import org.headshots.application.GpuFleet;
import org.headshots.application.fleet.HeadshotRequest;
import org.headshots.application.fleet.MadeHeadshot;
import org.headshots.application.fleet.WorkKey;
import org.headshots.application.identity.NotEnoughSelfiesException;
import org.headshots.domain.headshot.Headshot;
import org.headshots.domain.headshot.HeadshotRepository;
import org.headshots.domain.identity.IdentityProfile;
import org.headshots.domain.identity.IdentityProfileRepository;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.domain.run.HeadshotRun;
import org.headshots.domain.run.HeadshotRunRepository;
import org.headshots.domain.run.RunTimings;
import org.headshots.domain.selfie.PhotoStore;
import org.headshots.domain.selfie.Selfie;
import org.headshots.domain.selfie.SelfieRepository;

/**
 * Makes a person's headshots from their identity, a part at a time: the node is asked for a range of
 * indices of one style under one job key per person, run and style, so a part asked again (after a
 * restart, a node failure) gives the same images, and the part is kept in one transaction.
 */
@Stateless
public class GenerationService {

    @Inject
    IdentityProfileRepository profiles;

    @Inject
    SelfieRepository selfies;

    @Inject
    PhotoStore store;

    @Inject
    GpuFleet fleet;

    @Inject
    HeadshotRepository headshots;

    @Inject
    HeadshotRunRepository runs;

    @Inject
    Clock clock;

    /** Asks a node for headshots {@code from} to {@code to} of the style; stores nothing. Long: no transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<MadeHeadshot> make(
            Username owner, int run, String style, int count, int from, int to, long seed, String brandColour) {
        IdentityProfile profile = profiles.of(owner)
                .orElseThrow(() ->
                        new NotEnoughSelfiesException(owner + " has no identity yet: the identity build runs first"));
        List<byte[]> references = new ArrayList<>();
        for (long id : profile.referenceSelfies()) {
            selfies.find(id).map(Selfie::photoKey).map(store::get).ifPresent(references::add);
        }
        if (references.isEmpty()) {
            throw new NotEnoughSelfiesException("The selfies these headshots are made from were deleted. Upload selfies"
                    + " again: new headshots are made once enough are accepted.");
        }
        HeadshotRequest request = new HeadshotRequest(
                style,
                count,
                references,
                EmbeddingBytes.floats(store.unseal(profile.embeddingCipher())),
                brandColour == null ? "" : brandColour,
                seed,
                HeadshotRequest.DEFAULT_MIN_IDENTITY);
        return fleet.generate(new WorkKey("generate-" + owner.value() + "-" + run + "-" + style), request, from, to);
    }

    /** The first index of the style's headshots in the run that is not kept yet. */
    public int firstMissing(Username owner, int run, String style) {
        java.util.Set<Integer> kept = headshots.storedIndices(owner, run, style);
        int first = 0;
        while (kept.contains(first)) {
            first++;
        }
        return first;
    }

    /**
     * Keeps the headshots made, each once (one kept already, from a part made again, is left as it is), with
     * where their time went; {@code callMillis} is how long the step waited for the whole part.
     */
    public int keep(Username owner, int run, String style, List<MadeHeadshot> made, long callMillis) {
        int kept = 0;
        Organisation organisation = runs.of(owner).stream()
                .filter(candidate -> candidate.number() == run)
                .findFirst()
                .map(HeadshotRun::organisation)
                .orElseThrow(() -> new IllegalStateException("Run " + run + " of " + owner + " is not known"));
        for (MadeHeadshot headshot : made) {
            if (headshots.has(owner, run, style, headshot.index())) {
                continue;
            }
            long start = System.nanoTime();
            Headshot stored = new Headshot(
                            organisation,
                            owner,
                            run,
                            style,
                            headshot.index(),
                            headshot.width(),
                            headshot.height(),
                            store.put(headshot.jpeg()),
                            headshot.identitySimilarity(),
                            headshot.quality(),
                            OffsetDateTime.now(clock))
                    .checked(headshot.attempts(), headshot.upscaled())
                    .measured(headshot.looks(), Math.max(0, headshot.reference()));
            if (headshot.hasMatte()) {
                stored.withMatte(store.put(headshot.mattePng()));
            }
            MadeHeadshot.Times node = headshot.times();
            headshots.store(stored.took(new RunTimings(
                    0,
                    node.prepare().toMillis(),
                    node.compose().toMillis(),
                    node.check().toMillis(),
                    node.encode().toMillis(),
                    (System.nanoTime() - start) / 1_000_000,
                    callMillis / made.size())));
            kept++;
        }
        return kept;
    }
}
