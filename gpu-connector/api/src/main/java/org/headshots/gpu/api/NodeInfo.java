package org.headshots.gpu.api;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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
        List<ModelDescription> models,
        List<PackDescription> packs,
        List<String> styles,
        int capacity,
        int queueLength,
        List<RunningJobDescription> jobs,
        String problem)
        implements Serializable {

    public NodeInfo {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(state, "state");
        models = List.copyOf(models == null ? List.of() : models);
        packs = List.copyOf(packs == null ? List.of() : packs);
        styles = List.copyOf(styles == null ? List.of() : styles);
        jobs = List.copyOf(jobs == null ? List.of() : jobs);
        if (queueLength < 0 || capacity < 0) {
            throw new IllegalArgumentException("queue length and capacity cannot be negative");
        }
    }

    public static NodeInfo down(NodeAddress address, String problem) {
        return new NodeInfo(
                address, NodeState.DOWN, null, null, null, List.of(), List.of(), List.of(), 0, 0, List.of(), problem);
    }

    public boolean isUp() {
        return state == NodeState.UP;
    }

    /** The roles of the loaded models, e.g. "face-detection". */
    public Set<String> roles() {
        return models.stream().map(ModelDescription::role).collect(Collectors.toUnmodifiableSet());
    }

    /** Jobs per slot: 0 idle, 1 every slot busy, more when jobs wait. */
    public double load() {
        return capacity == 0 ? Double.MAX_VALUE : (double) queueLength / capacity;
    }

    /** A copy marked DOWN with the reason, keeping what the node said before. */
    public NodeInfo markedDown(String reason) {
        return new NodeInfo(
                address,
                NodeState.DOWN,
                device,
                executionProvider,
                onnxRuntimeVersion,
                models,
                packs,
                styles,
                capacity,
                queueLength,
                List.of(),
                reason);
    }
}
