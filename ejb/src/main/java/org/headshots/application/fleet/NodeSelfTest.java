package org.headshots.application.fleet;

import java.time.Duration;
import org.headshots.domain.fleet.NodeAddress;

/** A passed self-test of one node: its reference model's output matched within tolerance. */
public record NodeSelfTest(
        NodeAddress node,
        String model,
        String device,
        String executionProvider,
        Duration inferenceTime,
        double maxAbsoluteError) {}
