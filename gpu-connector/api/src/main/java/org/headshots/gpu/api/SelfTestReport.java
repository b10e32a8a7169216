package org.headshots.gpu.api;

import java.io.Serializable;
import java.time.Duration;

/** The outcome of a passed self-test on one node. */
public record SelfTestReport(
        NodeAddress node,
        String model,
        String device,
        String executionProvider,
        Duration inferenceTime,
        double maxAbsoluteError)
        implements Serializable {}
