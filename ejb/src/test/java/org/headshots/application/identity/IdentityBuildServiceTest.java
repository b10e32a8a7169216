package org.headshots.application.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.headshots.application.GpuFleet;
import org.headshots.application.fleet.BuiltIdentity;
import org.headshots.application.fleet.WorkKey;
import org.headshots.domain.audit.AuditTrail;
import org.headshots.domain.fleet.NodeAddress;
import org.headshots.domain.identity.IdentityProfile;
import org.headshots.domain.identity.IdentityProfileRepository;
import org.headshots.domain.people.Organisation;
import org.headshots.domain.people.Username;
import org.headshots.domain.selfie.PhotoStore;
import org.headshots.domain.selfie.Reason;
import org.headshots.domain.selfie.ReasonCode;
import org.headshots.domain.selfie.Selfie;
import org.headshots.domain.selfie.SelfieRepository;
import org.headshots.domain.selfie.StoredPhoto;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The build's bookkeeping around the node: which selfies go, which are dropped, what is kept. */
class IdentityBuildServiceTest {

    private static final Username BOB = new Username("bob");
    private static final NodeAddress NODE = NodeAddress.parse("gpu1:50051");

    private final List<Selfie> bobs = new ArrayList<>();
    private final List<IdentityProfile> kept = new ArrayList<>();
    private final List<WorkKey> keys = new ArrayList<>();
    private final List<List<byte[]>> sent = new ArrayList<>();
    private BuiltIdentity nodeAnswer;
    private IdentityBuildService service;

    @BeforeEach
    void setUp() {
        service = new IdentityBuildService();
        service.selfies = mock(SelfieRepository.class);
        when(service.selfies.of(BOB)).thenAnswer(call -> bobs);
        service.store = mock(PhotoStore.class);
        when(service.store.get(anyString()))
                .thenAnswer(call -> ((String) call.getArgument(0)).getBytes(StandardCharsets.UTF_8));
        when(service.store.seal(any())).thenReturn("sealed");
        service.fleet = mock(GpuFleet.class);
        when(service.fleet.buildIdentity(any(), any())).thenAnswer(call -> {
            keys.add(call.getArgument(0));
            sent.add(call.getArgument(1));
            return nodeAnswer;
        });
        service.profiles = new IdentityProfileRepository() {
            @Override
            public IdentityProfile replace(IdentityProfile profile) {
                kept.clear();
                kept.add(profile);
                return profile;
            }

            @Override
            public Optional<IdentityProfile> of(Username owner) {
                return kept.stream().findFirst();
            }

            @Override
            public void removeAllOf(Username owner) {
                kept.clear();
            }

            @Override
            public List<org.headshots.domain.retention.DataOwner> ownersBuiltBefore(OffsetDateTime moment) {
                return kept.stream()
                        .filter(profile -> profile.builtAt().isBefore(moment))
                        .map(profile ->
                                new org.headshots.domain.retention.DataOwner(profile.owner(), profile.organisation()))
                        .toList();
            }
        };
        service.audit = mock(AuditTrail.class);
        service.clock = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    }

    private Selfie selfie(long id, boolean accepted) throws Exception {
        Selfie selfie = new Selfie(
                BOB,
                new Organisation("headshots.example"),
                OffsetDateTime.now(),
                accepted ? List.of() : List.of(Reason.of(ReasonCode.BLURRY)),
                "{}",
                id,
                "",
                100,
                100,
                new StoredPhoto("photo-000" + id, "0".repeat(64), 1),
                new StoredPhoto("thumb-000" + id, "0".repeat(64), 1));
        java.lang.reflect.Field field = Selfie.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(selfie, id);
        return selfie;
    }

    @Test
    void onlyAcceptedSelfiesAreSentAndTheOutlierIsDropped() throws Exception {
        bobs.addAll(List.of(selfie(1, true), selfie(2, false), selfie(3, true), selfie(4, true)));
        nodeAnswer = new BuiltIdentity(
                NODE,
                new float[] {1, 0},
                List.of(
                        new BuiltIdentity.Verdict(0, true, 1, 0.95f, false, ""),
                        new BuiltIdentity.Verdict(1, true, 1, 0.1f, true, "does not look like the same person"),
                        new BuiltIdentity.Verdict(2, true, 1, 0.9f, false, "")),
                List.of(2, 0));

        IdentitySummary summary = service.build(BOB, "identity-7");

        assertEquals(List.of(new WorkKey("identity-7")), keys);
        assertEquals(3, sent.get(0).size());
        assertArrayEquals(
                "photo-0003".getBytes(StandardCharsets.UTF_8), sent.get(0).get(1));
        IdentityProfile profile = kept.get(0);
        assertEquals(List.of(1L, 4L), profile.usedSelfies());
        assertEquals(List.of(3L), profile.droppedSelfies());
        assertEquals(List.of(4L, 1L), profile.referenceSelfies());
        assertEquals("sealed", profile.embeddingCipher());
        assertEquals(
                "identity built from 2 selfies, 1 dropped as not the same person; 2 references", summary.describe());
    }

    @Test
    void withoutAnAcceptedSelfieThereIsNothingToBuild() throws Exception {
        bobs.add(selfie(2, false));
        assertThrows(NotEnoughSelfiesException.class, () -> service.build(BOB, "identity-8"));
        assertEquals(List.of(), keys);
    }
}
