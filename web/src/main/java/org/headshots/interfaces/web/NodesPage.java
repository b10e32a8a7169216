package org.headshots.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.headshots.application.GpuNodeService;
import org.headshots.application.fleet.FleetNode;
import org.headshots.domain.fleet.NodeAddress;
import org.headshots.domain.refusal.InvalidValueException;
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

    private List<FleetNode> nodes;
    private String newNode;
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

    public List<FleetNode> getNodes() {
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

    public String packs(FleetNode node) {
        return node.packs().isEmpty()
                ? "–"
                : node.packs().stream().map(p -> p.name() + " " + p.version()).collect(Collectors.joining(", "));
    }

    /** Whether a node runs a pack that is meant for evaluation only. */
    public boolean isEvaluationPackInUse() {
        return nodes.stream().flatMap(n -> n.packs().stream()).anyMatch(FleetNode.Pack::evaluationOnly);
    }

    public String getEvaluationNotice() {
        return nodes.stream()
                .flatMap(n -> n.packs().stream())
                .filter(FleetNode.Pack::evaluationOnly)
                .map(FleetNode.Pack::notice)
                .filter(n -> !n.isBlank())
                .findFirst()
                .orElse("");
    }

    /** Every model of every node that is up, for the licences table. */
    public List<ModelRow> getModelRows() {
        return nodes.stream()
                .filter(FleetNode::isUp)
                .flatMap(n ->
                        n.models().stream().map(m -> new ModelRow(n.address().toString(), m)))
                .toList();
    }

    /** One line of the licences table. */
    public record ModelRow(String node, FleetNode.Model model) implements Serializable {
        public String shortHash() {
            return model.sha256().length() > 12 ? model.sha256().substring(0, 12) + "…" : model.sha256();
        }
    }

    public int progress(FleetNode.Job job) {
        return job.total() == 0 ? 0 : (int) Math.round(100.0 * job.done() / job.total());
    }

    public String getNewNode() {
        return newNode;
    }

    public void setNewNode(String newNode) {
        this.newNode = newNode;
    }

    public void addNode() {
        NodeAddress address;
        try {
            address = NodeAddress.parse(newNode == null ? "" : newNode);
        } catch (InvalidValueException e) {
            Messages.error("Not a node address", e.getMessage() + " (for example gpu3:50051)");
            return;
        }
        nodeService.addNode(address, user.username().value());
        newNode = null;
        refresh();
        Messages.info("Node added", address + " is part of the fleet now");
    }

    public void removeNode(FleetNode node) {
        nodeService.removeNode(node.address(), user.username().value());
        refresh();
        Messages.info(
                "Node removed", node.address() + " gets no more work; its running requests go to the other nodes");
    }

    public long getNodesUp() {
        return nodes.stream().filter(FleetNode::isUp).count();
    }
}
