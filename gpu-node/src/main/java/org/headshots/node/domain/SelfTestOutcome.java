package org.headshots.node.domain;

/** The result of one self-test run: how far the device's output was from the reference. */
public record SelfTestOutcome(
        String jobKey,
        String model,
        ComputeDevice device,
        long inferenceNanos,
        double maxAbsoluteError,
        double tolerance,
        int valuesCompared) {

    /** The default largest difference a healthy device may show (float32 arithmetic vs. double). */
    public static final double DEFAULT_TOLERANCE = 1e-4;

    /** Passed when the error is a number no larger than the tolerance (NaN fails). */
    public boolean passed() {
        return maxAbsoluteError <= tolerance;
    }

    /** Why the self-test failed, for people to read. */
    public String failureDescription() {
        String how = Double.isNaN(maxAbsoluteError)
                ? "its output contains values that are not numbers"
                : String.format(
                        java.util.Locale.ROOT,
                        "its output differs from the reference computation by up to %.3e (tolerance %.0e) over %d values",
                        maxAbsoluteError,
                        tolerance,
                        valuesCompared);
        return "self-test model '" + model + "' failed on " + device + ": " + how
                + "; this device, its driver or ONNX Runtime computes wrong results";
    }
}
