package org.headshots.gpu.api;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What a node says of itself, or, for a node that cannot be reached, its address, {@link NodeState#DOWN}
 * and the reason in {@code problem}.
 */
public record NodeInfo(
        NodeAddress address,
        NodeState state,
        String device,
        String executionProvider,
        String onnxRuntimeVersion,
        List<String> models,
        int queueLength,
        String problem) implements Serializable {

    public NodeInfo {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(state, "state");
        models = List.copyOf(models == null ? List.of() : models);
        if (queueLength < 0) {
            throw new IllegalArgumentException("queue length cannot be negative");
        }
    }

    public static NodeInfo down(NodeAddress address, String problem) {
        return new NodeInfo(address, NodeState.DOWN, null, null, null, List.of(), 0, problem);
    }

    public boolean isUp() {
        return state == NodeState.UP;
    }
}
