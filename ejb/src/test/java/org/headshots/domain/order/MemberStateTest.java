package org.headshots.domain.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.headshots.domain.run.RunStatus;
import org.junit.jupiter.api.Test;

class MemberStateTest {

    @Test
    void eachStepOfAPersonsWayIsToldFromWhatTheyDid() {
        assertEquals(MemberState.INVITED, MemberState.of(false, false, 0, false, Optional.empty(), false));
        assertEquals(MemberState.SIGNED_IN, MemberState.of(true, false, 0, false, Optional.empty(), false));
        assertEquals(MemberState.CONSENTED, MemberState.of(true, true, 0, false, Optional.empty(), false));
        assertEquals(MemberState.UPLOADING, MemberState.of(true, true, 3, false, Optional.empty(), false));
        assertEquals(MemberState.READY, MemberState.of(true, true, 9, true, Optional.empty(), false));
        assertEquals(MemberState.MAKING, MemberState.of(true, true, 9, true, Optional.of(RunStatus.QUEUED), false));
        assertEquals(MemberState.MAKING, MemberState.of(true, true, 9, true, Optional.of(RunStatus.RUNNING), false));
        assertEquals(MemberState.FAILED, MemberState.of(true, true, 9, true, Optional.of(RunStatus.FAILED), false));
        assertEquals(MemberState.DONE, MemberState.of(true, true, 9, true, Optional.of(RunStatus.COMPLETED), false));
        assertEquals(MemberState.CHOSEN, MemberState.of(true, true, 9, true, Optional.of(RunStatus.COMPLETED), true));
    }

    @Test
    void signingInComesBetweenTheInvitationAndTheConsentAndNeverHoldsAPersonBack() {
        assertTrue(
                MemberState.INVITED.ordinal() < MemberState.SIGNED_IN.ordinal()
                        && MemberState.SIGNED_IN.ordinal() < MemberState.CONSENTED.ordinal(),
                "the cockpit's order of steps");
        assertEquals(
                MemberState.CONSENTED,
                MemberState.of(false, true, 0, false, Optional.empty(), false),
                "consented through the API without signing in on a page");
        assertEquals(MemberState.UPLOADING, MemberState.of(false, true, 2, false, Optional.empty(), false));
        assertEquals(MemberState.CHOSEN, MemberState.of(false, true, 9, true, Optional.of(RunStatus.COMPLETED), true));
        assertEquals(MemberState.INVITED, MemberState.of(false, false, 0, false, Optional.empty(), false));
        assertTrue(MemberState.INVITED.nextStep().contains("Sign in"), MemberState.INVITED.nextStep());
        assertTrue(MemberState.SIGNED_IN.nextStep().contains("consent"), MemberState.SIGNED_IN.nextStep());
    }

    @Test
    void onlyAChosenFavouriteFinishesAndEveryStateSaysWhatToDoNext() {
        for (MemberState state : MemberState.values()) {
            assertEquals(state == MemberState.CHOSEN, state.finished(), state.name());
            assertFalse(state.nextStep().isBlank(), state.name());
        }
        assertTrue(MemberState.DONE.nextStep().contains("favourite"));
    }
}
