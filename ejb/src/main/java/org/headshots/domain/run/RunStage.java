package org.headshots.domain.run;

/** What a run is doing, in the words a progress bar shows. */
public enum RunStage {
    WAITING("Waiting for a GPU node"),
    BUILDING_IDENTITY("Building your identity"),
    MAKING_HEADSHOTS("Making headshots"),
    DONE("Done"),
    FAILED("Failed");

    private final String label;

    RunStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
