package org.headshots.interfaces.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headshots.application.FleetUnavailableException;

/**
 * How long a job waits for a GPU node that can do its work ({@code headshots.generation.node-wait-minutes},
 * default 10) before it fails with the reason; meanwhile it asks again every few seconds.
 */
@ApplicationScoped
public class NodePatience {

    private static final Logger LOG = Logger.getLogger(NodePatience.class.getName());
    private static final Duration PAUSE = Duration.ofSeconds(5);

    @Inject
    @ConfigProperty(name = "headshots.generation.node-wait-minutes", defaultValue = "10")
    int minutes;

    public Duration limit() {
        return Duration.ofMinutes(minutes);
    }

    /** "10 minutes", "1 minute". */
    public String limitInWords() {
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }

    /** The work's result, asked for again while no node could do it, until the limit. */
    public <T> T await(String what, Supplier<T> work) {
        long giveUpAt = System.nanoTime() + limit().toNanos();
        while (true) {
            try {
                return work.get();
            } catch (FleetUnavailableException unavailable) {
                if (System.nanoTime() - giveUpAt > 0) {
                    String reason = "no GPU node could do " + what + " for " + limitInWords() + " ("
                            + unavailable.reason() + "). IT can add or restart a node on the Nodes page; then retry.";
                    throw new FleetUnavailableException("GPU nodes: " + reason, reason, unavailable);
                }
                LOG.warning(() -> what + " waits for a GPU node: " + unavailable.getMessage());
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a GPU node", e);
        }
    }
}
