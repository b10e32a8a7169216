package org.headshots.gpu.api;

import java.io.Serializable;
import java.util.Objects;

/** host:port of a GPU node. */
public record NodeAddress(String host, int port) implements Serializable {

    public NodeAddress {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("A node address needs a host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Port " + port + " is not between 1 and 65535");
        }
    }

    public static NodeAddress parse(String text) {
        String trimmed = Objects.requireNonNull(text, "text").trim();
        int colon = trimmed.lastIndexOf(':');
        if (colon <= 0 || colon == trimmed.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not of the form host:port");
        }
        try {
            return new NodeAddress(trimmed.substring(0, colon), Integer.parseInt(trimmed.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' has no numeric port", e);
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
