package org.headshots.domain.fleet;

import java.io.Serializable;
import java.util.Objects;
import org.headshots.domain.refusal.InvalidValueException;

/** host:port of a GPU node, as IT names it. */
public record NodeAddress(String host, int port) implements Serializable {

    public NodeAddress {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new InvalidValueException("A node address needs a host");
        }
        if (port < 1 || port > 65535) {
            throw new InvalidValueException("Port " + port + " is not between 1 and 65535");
        }
    }

    public static NodeAddress parse(String text) {
        String trimmed = Objects.requireNonNull(text, "text").trim();
        int colon = trimmed.lastIndexOf(':');
        if (colon <= 0 || colon == trimmed.length() - 1) {
            throw new InvalidValueException("'" + text + "' is not of the form host:port");
        }
        try {
            return new NodeAddress(trimmed.substring(0, colon), Integer.parseInt(trimmed.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("'" + text + "' has no numeric port");
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
