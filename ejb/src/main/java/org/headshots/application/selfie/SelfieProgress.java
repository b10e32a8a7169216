package org.headshots.application.selfie;

/** How far an employee is: accepted photos against the minimum and the recommended number. */
public record SelfieProgress(int accepted, int uploaded, int minimum, int recommended) {

    public boolean ready() {
        return accepted >= minimum;
    }
}
