package org.headshots.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.headshots.application.selfie.SelfieProgress;
import org.headshots.application.selfie.SelfieService;
import org.headshots.domain.headshot.HeadshotRepository;
import org.headshots.domain.order.MemberState;
import org.headshots.domain.order.Seat;
import org.headshots.domain.people.SignInRepository;
import org.headshots.domain.run.HeadshotRun;
import org.headshots.domain.run.HeadshotRunRepository;
import org.headshots.domain.run.RunStatus;

/** How far each person has come in their orders, from their sign-ins, consent, selfies, runs and favourite. */
@Stateless
public class MemberStates {

    @Inject
    ConsentService consents;

    @Inject
    SelfieService selfies;

    @Inject
    HeadshotRunRepository runs;

    @Inject
    HeadshotRepository headshots;

    @Inject
    SignInRepository signIns;

    public MemberState of(Seat seat) {
        SelfieProgress progress = selfies.progress(seat.username());
        Optional<RunStatus> latest = runs.of(seat.username()).stream()
                .filter(run -> run.order().equals(seat.order().id()))
                .findFirst()
                .map(HeadshotRun::status);
        boolean signedIn =
                signIns.find(seat.order().organisation(), seat.username()).isPresent();
        return MemberState.of(
                signedIn,
                consents.statusOf(seat.username()).accepted(),
                progress.uploaded(),
                progress.ready(),
                latest,
                headshots.favouriteOf(seat.username(), seat.order().id()).isPresent());
    }
}
