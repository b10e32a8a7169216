package org.headshots.node.domain.compose;

import java.util.Collection;

/** A request named a style the catalogue does not have. */
public final class UnknownStyleException extends IllegalArgumentException {

    private final String id;

    public UnknownStyleException(String id, Collection<String> knownIds) {
        super("No headshot style '" + id + "'; the known styles are " + String.join(", ", knownIds));
        this.id = id;
    }

    public String id() {
        return id;
    }
}
