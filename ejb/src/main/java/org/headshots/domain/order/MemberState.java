package org.headshots.domain.order;

import java.util.Optional;
import org.headshots.domain.run.RunStatus;

/**
 * How far one person has come in an order, told from what they did: signed in, accepted the consent, uploaded
 * selfies, have enough of them, their headshots are being made or made, they chose a favourite; or their run failed.
 */
public enum MemberState {
    INVITED("Sign in with your company account and give your consent for your photos"),
    SIGNED_IN("Give your consent for your photos"),
    CONSENTED("Upload your selfies"),
    UPLOADING("Upload more selfies: enough must pass the checks"),
    READY("Your selfies are ready: your headshots are made next"),
    MAKING("Your headshots are being made"),
    FAILED("Your headshots could not be made: see why on your gallery, and retry"),
    DONE("Choose your favourite headshot"),
    CHOSEN("Done: you chose your favourite");

    private final String nextStep;

    MemberState(String nextStep) {
        this.nextStep = nextStep;
    }

    /** What the person does next, in their words. */
    public String nextStep() {
        return nextStep;
    }

    /** Whether nothing is left for the person to do. */
    public boolean finished() {
        return this == CHOSEN;
    }

    /**
     * The state that what the person did puts them in: the furthest step counts, so someone who consented through
     * the API without ever signing in on a page is CONSENTED all the same.
     */
    public static MemberState of(
            boolean signedIn,
            boolean consented,
            int uploaded,
            boolean enoughAccepted,
            Optional<RunStatus> latestRun,
            boolean favouriteChosen) {
        if (favouriteChosen) {
            return CHOSEN;
        }
        if (latestRun.isPresent()) {
            return switch (latestRun.get()) {
                case COMPLETED -> DONE;
                case FAILED -> FAILED;
                case QUEUED, RUNNING -> MAKING;
            };
        }
        if (enoughAccepted) {
            return READY;
        }
        if (uploaded > 0) {
            return UPLOADING;
        }
        if (consented) {
            return CONSENTED;
        }
        return signedIn ? SIGNED_IN : INVITED;
    }
}
