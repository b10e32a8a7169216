package org.headshots.domain.style;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The styles of an order or a run, in the order they were chosen; stored as their ids joined by commas. */
public record StyleList(List<String> ids) implements Serializable {

    public StyleList {
        ids = List.copyOf(Objects.requireNonNull(ids, "ids"));
        if (ids.stream().anyMatch(id -> id.isEmpty() || id.contains(","))) {
            throw new IllegalArgumentException("A style id is not empty and has no comma: " + ids);
        }
    }

    /** The ids joined by commas, as the database holds them. */
    public String joined() {
        return String.join(",", ids);
    }

    public static StyleList parse(String joined) {
        return new StyleList(joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(",")));
    }
}
