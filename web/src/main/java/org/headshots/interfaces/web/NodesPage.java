package org.headshots.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import org.headshots.application.GpuNodeService;
import org.headshots.gpu.api.NodeInfo;
import org.headshots.interfaces.batch.BatchJobs;
import org.headshots.interfaces.batch.JobView;
import org.headshots.interfaces.security.CurrentUser;

/** IT's view of the GPU nodes, refreshed live, with the self-test job. */
@Named
@ViewScoped
public class NodesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GpuNodeService nodeService;

    @Inject
    BatchJobs jobs;

    @Inject
    CurrentUser user;

    private List<NodeInfo> nodes;
    private JobView selfTest;

    @PostConstruct
    void load() {
        refresh();
        selfTest = jobs.latest(BatchJobs.NODE_SELF_TEST).orElse(null);
    }

    public void refresh() {
        nodes = nodeService.nodes();
        if (selfTest != null && !selfTest.finished()) {
            selfTest = jobs.find(selfTest.id()).orElse(selfTest);
        }
    }

    public void runSelfTest() {
        long id = jobs.startNodeSelfTest(user.username().value());
        selfTest = jobs.find(id).orElse(null);
        Messages.info("Self-test started", "Job " + id + " tests every GPU node");
    }

    public boolean isSelfTestRunning() {
        return selfTest != null && !selfTest.finished();
    }

    public List<NodeInfo> getNodes() {
        return nodes;
    }

    public JobView getSelfTest() {
        return selfTest;
    }

    public String getSelfTestDuration() {
        Duration duration = selfTest == null ? null : selfTest.duration();
        if (duration == null) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    public String models(NodeInfo node) {
        return node.models().isEmpty() ? "–" : String.join(", ", node.models());
    }

    public long getNodesUp() {
        return nodes.stream().filter(NodeInfo::isUp).count();
    }
}
