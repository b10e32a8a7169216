package org.headshots.node.infrastructure.pack;

import java.util.List;

/**
 * One or more model packs failed verification. The node does not start with a refused pack: a
 * model that is not the one its manifest names could give wrong results without any error.
 */
public final class PackRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> refusals;

    public PackRefusedException(List<String> refusals) {
        super(String.join(System.lineSeparator(), refusals) + System.lineSeparator()
                + "The node does not start while a model pack is refused: reinstall the pack, or remove its"
                + " folder from the models folder.");
        this.refusals = List.copyOf(refusals);
    }

    /** One line per refused pack ("Model pack 'NAME' refused: …"), or why the packs could not be listed. */
    public List<String> refusals() {
        return refusals;
    }
}
