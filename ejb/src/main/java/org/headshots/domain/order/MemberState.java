package org.headshots.domain.order;

import java.util.Optional;
import org.headshots.domain.run.RunStatus;

/**
 * How far one person has come in an order, told from what they did: accepted the consent, uploaded selfies,
 * have enough of them, their headshots are being made or made, they chose a favourite; or their run failed.
 */
public enum MemberState {
    INVITED("Give your consent for your photos"),
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

    public static MemberState of(boolean consented, int uploaded, boolean enoughAccepted,
            Optional<RunStatus> latestRun, boolean favouriteChosen) {
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
        return consented ? CONSENTED : INVITED;
    }
}
