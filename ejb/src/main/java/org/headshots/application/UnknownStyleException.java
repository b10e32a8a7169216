package org.headshots.application;

import java.util.List;
import org.headshots.domain.refusal.Refusal;
import org.headshots.domain.refusal.RefusalKind;

/** An order asks for styles the GPU fleet does not offer. */
public class UnknownStyleException extends Refusal {

    private static final long serialVersionUID = 1L;

    public UnknownStyleException(List<String> unknown, List<String> offered) {
        super(
                RefusalKind.UNACCEPTABLE,
                "UNKNOWN_STYLE",
                offered.isEmpty()
                        ? "No GPU node has been up since the server started, so the styles cannot be checked; ask IT to"
                                + " start a node (the IT page shows the fleet), then place the order again"
                        : (unknown.size() == 1
                                        ? "The style '" + unknown.get(0) + "' is"
                                        : "The styles '" + String.join("', '", unknown) + "' are")
                                + " not offered by the GPU nodes; choose from: "
                                + String.join(", ", offered));
    }
}
