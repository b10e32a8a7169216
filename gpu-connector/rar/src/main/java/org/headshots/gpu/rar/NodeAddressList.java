package org.headshots.gpu.rar;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.headshots.gpu.api.NodeAddress;

/** Parses the node list and applies the system property / environment override. */
final class NodeAddressList {

    record Resolved(List<NodeAddress> addresses, String source) {}

    private NodeAddressList() {}

    /**
     * The system property {@link GpuResourceAdapter#NODES_SYSTEM_PROPERTY} wins, then the environment
     * variable {@link GpuResourceAdapter#NODES_ENVIRONMENT_VARIABLE}, then {@code configured}.
     *
     * @throws IllegalArgumentException naming the source and the entry that is wrong
     */
    static Resolved resolve(String configured, UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String property = properties.apply(GpuResourceAdapter.NODES_SYSTEM_PROPERTY);
        if (property != null && !property.isBlank()) {
            String source = "system property " + GpuResourceAdapter.NODES_SYSTEM_PROPERTY;
            return new Resolved(parse(property, source), source);
        }
        String env = environment.apply(GpuResourceAdapter.NODES_ENVIRONMENT_VARIABLE);
        if (env != null && !env.isBlank()) {
            String source = "environment variable " + GpuResourceAdapter.NODES_ENVIRONMENT_VARIABLE;
            return new Resolved(parse(env, source), source);
        }
        String text =
                configured == null || configured.isBlank() ? GpuResourceAdapter.DEFAULT_NODE_ADDRESSES : configured;
        return new Resolved(parse(text, "config property NodeAddresses"), "config property NodeAddresses");
    }

    /** "a:1, b:2" → [a:1, b:2], duplicates dropped, order kept. */
    static List<NodeAddress> parse(String text, String source) {
        Set<NodeAddress> addresses = new LinkedHashSet<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                addresses.add(NodeAddress.parse(entry.trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
            }
        }
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException(source + " names no node (expected host:port[,host:port...])");
        }
        return List.copyOf(new ArrayList<>(addresses));
    }
}
