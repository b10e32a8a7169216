package org.headshots.application.fleet;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.headshots.domain.fleet.NodeAddress;

/**
 * A GPU node as the fleet sees it now: what it says of itself, or, for one that cannot be reached, its address,
 * {@link State#DOWN} and the reason in {@code problem}.
 */
public record FleetNode(
        NodeAddress address,
        State state,
        String device,
        String executionProvider,
        String onnxRuntimeVersion,
        List<Model> models,
        List<Pack> packs,
        List<String> styles,
        int capacity,
        int queueLength,
        List<Job> jobs,
        String problem) {

    public enum State {
        UP,
        DOWN
    }

    public FleetNode {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(state, "state");
        models = List.copyOf(models);
        packs = List.copyOf(packs);
        styles = List.copyOf(styles);
        jobs = List.copyOf(jobs);
    }

    public static FleetNode down(NodeAddress address, String problem) {
        return new FleetNode(
                address, State.DOWN, null, null, null, List.of(), List.of(), List.of(), 0, 0, List.of(), problem);
    }

    public boolean isUp() {
        return state == State.UP;
    }

    /** The roles of the loaded models, e.g. "face-detection". */
    public Set<String> roles() {
        return models.stream().map(Model::role).collect(Collectors.toUnmodifiableSet());
    }

    /** A model the node loaded: what it does, where it comes from and under which licence. */
    public record Model(
            String name, String role, String pack, String family, String sha256, String licence, String source) {}

    /** A model pack the node loaded; {@code evaluationOnly} packs are not for production use (see the notice). */
    public record Pack(String name, String version, String title, boolean evaluationOnly, String notice) {}

    /** A job the node runs now; {@code total} is 0 when the job does not count its items. */
    public record Job(String jobKey, String kind, Duration running, int done, int total) {}
}
