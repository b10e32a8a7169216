package org.headshots.application.identity;

import java.util.List;

/** What an identity build made: how many selfies went in and were dropped, and the references chosen. */
public record IdentitySummary(int used, int dropped, List<Long> references) {

    /** For the job's exit status: people and operators read it. */
    public String describe() {
        return "identity built from " + used + " selfie" + (used == 1 ? "" : "s")
                + (dropped == 0 ? "" : ", " + dropped + " dropped as not the same person")
                + "; " + references.size() + " reference" + (references.size() == 1 ? "" : "s");
    }
}
