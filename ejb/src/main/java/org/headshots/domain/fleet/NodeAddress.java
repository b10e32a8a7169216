package org.headshots.domain.fleet;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;
import org.headshots.domain.refusal.InvalidValueException;

/**
 * host:port of a GPU node, as IT names it: a host name, an IPv4 address, or an IPv6 address in brackets
 * ({@code [fe80::1]:50051}), which the host keeps.
 */
public record NodeAddress(String host, int port) implements Serializable {

    /** The longest host name DNS allows. */
    public static final int MAX_HOST_LENGTH = 253;

    private static final Pattern HOST_NAME =
            Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_-]{0,62})(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,62}))*\\.?");
    private static final Pattern IPV6_IN_BRACKETS = Pattern.compile("\\[[0-9A-Fa-f:.]{2,45}(%[A-Za-z0-9_.-]{1,32})?]");
    private static final String FORM = "host:port, such as gpu3:50051, 10.0.0.7:50051 or [fd00::7]:50051";

    public NodeAddress {
        Objects.requireNonNull(host, "host");
        if (host.length() > MAX_HOST_LENGTH
                || !(HOST_NAME.matcher(host).matches()
                        || IPV6_IN_BRACKETS.matcher(host).matches())) {
            throw new InvalidValueException(
                    "'" + shortened(host) + "' is not a host name or an IP address; write " + FORM);
        }
        if (port < 1 || port > 65535) {
            throw new InvalidValueException("Port " + port + " is not between 1 and 65535");
        }
    }

    public static NodeAddress parse(String text) {
        String trimmed = Objects.requireNonNull(text, "text").trim();
        int colon = trimmed.lastIndexOf(':');
        if (colon <= 0 || colon == trimmed.length() - 1 || trimmed.length() > MAX_HOST_LENGTH + 6) {
            throw new InvalidValueException("'" + shortened(trimmed) + "' is not of the form " + FORM);
        }
        String host = trimmed.substring(0, colon);
        if (host.contains(":") && !host.startsWith("[")) {
            throw new InvalidValueException(
                    "'" + shortened(trimmed) + "': an IPv6 address goes in brackets, as in " + "[fd00::7]:50051");
        }
        try {
            return new NodeAddress(host, Integer.parseInt(trimmed.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("'" + shortened(trimmed) + "' has no numeric port; write " + FORM);
        }
    }

    private static String shortened(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
