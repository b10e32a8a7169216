package org.headshots.node.application;

import java.util.List;
import org.headshots.node.domain.NodeRefusal;

/** A headshot failed its checks at every try; the message names it, the checks and the numbers. */
public final class HeadshotChecksFailedException extends NodeRefusal {

    private static final long serialVersionUID = 1L;

    public HeadshotChecksFailedException(int index, String style, List<String> problems) {
        super(
                Kind.IMPOSSIBLE,
                "headshot " + index + " of " + style + " failed its checks " + problems.size()
                        + (problems.size() == 1 ? " time: " : " times: ") + String.join("; ", problems));
    }
}
