package org.headshots.node.application;

import java.time.Duration;
import java.util.List;
import org.headshots.node.domain.ComputeDevice;
import org.headshots.node.domain.LoadedModel;
import org.headshots.node.domain.PackSummary;

/** What a node says about itself. */
public record NodeStatus(
        ComputeDevice device,
        String onnxRuntimeVersion,
        List<LoadedModel> models,
        int capacity,
        int queueLength,
        int running,
        String nodeVersion,
        String hostName,
        Duration uptime,
        boolean ready,
        List<PackSummary> packs,
        List<ActiveJobs.ActiveJob> jobs,
        List<String> styles) {

    public NodeStatus {
        models = List.copyOf(models);
        packs = List.copyOf(packs);
        jobs = List.copyOf(jobs);
        styles = List.copyOf(styles);
    }
}
