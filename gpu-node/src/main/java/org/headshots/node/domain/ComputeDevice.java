package org.headshots.node.domain;

import java.util.Objects;

/** What the node's models run on: the execution provider and a person-readable device name. */
public record ComputeDevice(ExecutionProvider provider, String name) {

    public ComputeDevice {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return "provider " + provider.wireName() + ", device " + name;
    }
}
