package org.headshots.application.retention;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.headshots.application.RetentionSettings;
import org.headshots.application.erasure.PhotoEraser;
import org.headshots.domain.audit.AuditAction;
import org.headshots.domain.audit.AuditEvent;
import org.headshots.domain.audit.AuditTrail;
import org.headshots.domain.headshot.Headshot;
import org.headshots.domain.headshot.HeadshotRepository;
import org.headshots.domain.identity.IdentityProfileRepository;
import org.headshots.domain.order.Order;
import org.headshots.domain.order.OrderRepository;
import org.headshots.domain.order.Seat;
import org.headshots.domain.retention.DataOwner;
import org.headshots.domain.retention.ErasedData;
import org.headshots.domain.retention.RetentionPeriod;
import org.headshots.domain.retention.RetentionRule;
import org.headshots.domain.retention.RetentionTally;
import org.headshots.domain.retention.RetentionTallyRepository;
import org.headshots.domain.selfie.Selfie;
import org.headshots.domain.selfie.SelfieRepository;
import org.headshots.domain.settings.OrganisationSettingsRepository;

/**
 * Keeps the consent text's promise: each person's selfies, face embeddings and unchosen headshots, with their
 * files, go once their organisation's retention period has passed ({@link RetentionRule}); favourites stay.
 */
@Stateless
public class RetentionSweep {

    /** The shortest retention an organisation can set: whoever has nothing older has nothing to lose. */
    private static final Duration SHORTEST = Duration.ofDays(1);

    private static final Comparator<DataOwner> BY_ORGANISATION_THEN_PERSON = Comparator.comparing(
                    (DataOwner owner) -> owner.organisation().alias())
            .thenComparing(owner -> owner.person().value());

    @Inject
    SelfieRepository selfies;

    @Inject
    HeadshotRepository headshots;

    @Inject
    IdentityProfileRepository identities;

    @Inject
    OrderRepository orders;

    @Inject
    PhotoEraser photos;

    @Inject
    OrganisationSettingsRepository settings;

    @Inject
    RetentionSettings installation;

    @Inject
    AuditTrail audit;

    @Inject
    RetentionTallyRepository tallies;

    @Inject
    Clock clock;

    /** Everyone with photos or face data old enough that some might go, by organisation, then name. */
    public List<DataOwner> candidates() {
        OffsetDateTime dayAgo = OffsetDateTime.now(clock).minus(SHORTEST);
        TreeSet<DataOwner> owners = new TreeSet<>(BY_ORGANISATION_THEN_PERSON);
        owners.addAll(selfies.ownersOfSelfiesBefore(dayAgo));
        owners.addAll(identities.ownersBuiltBefore(dayAgo));
        owners.addAll(headshots.ownersOfUnchosenBefore(dayAgo));
        return List.copyOf(owners);
    }

    /** The order in which {@link #candidates} come, for a reader that resumes after the last one it handled. */
    public static int compare(DataOwner one, DataOwner other) {
        return BY_ORGANISATION_THEN_PERSON.compare(one, other);
    }

    /** {@link #erase}, and the counts added to the sweep's tally for the IT page, in the same transaction. */
    public ErasedData eraseAndCount(DataOwner owner, long executionId) {
        ErasedData erased = erase(owner);
        if (!erased.isEmpty()) {
            tallies.add(executionId, owner.organisation(), erased, OffsetDateTime.now(clock));
        }
        return erased;
    }

    /** The newest sweeps' tallies, newest first. */
    public List<RetentionTally> recentTallies(int sweeps) {
        return tallies.newest(sweeps);
    }

    /** Erases what of the person's data the rule lets go; audited with the counts, not the person. */
    public ErasedData erase(DataOwner owner) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        RetentionPeriod period = settings.find(owner.organisation())
                .map(chosen -> new RetentionPeriod(chosen.retentionDays()))
                .orElse(installation.period());
        RetentionRule rule = new RetentionRule(period, now);
        List<Order> theirOrders = orders.seatsOf(owner.person()).stream()
                .map(Seat::order)
                .filter(order -> order.organisation().equals(owner.organisation()))
                .distinct()
                .toList();
        if (!rule.appliesTo(theirOrders)) {
            return ErasedData.NONE;
        }
        int selfiesErased = 0;
        for (Selfie selfie : selfies.uploadedBefore(owner.person(), rule.cutoff())) {
            photos.erase(selfie);
            selfiesErased++;
        }
        int identitiesErased = identities
                .of(owner.person())
                .filter(profile -> rule.expired(profile.builtAt()))
                .map(profile -> {
                    identities.removeAllOf(owner.person());
                    return 1;
                })
                .orElse(0);
        int headshotsErased = 0;
        for (Headshot headshot : headshots.unchosenMadeBefore(owner.person(), rule.cutoff())) {
            photos.erase(headshot);
            headshotsErased++;
        }
        ErasedData erased = ErasedData.ofOnePerson(selfiesErased, identitiesErased, headshotsErased);
        if (!erased.isEmpty()) {
            audit.record(AuditEvent.bySystem(
                    AuditAction.RETENTION_ERASED,
                    "retention",
                    erased + ", kept " + period + " after their last order",
                    owner.organisation(),
                    now));
        }
        return erased;
    }
}
