package org.headshots.interfaces.batch;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The job executions this server is running now, as the jobs themselves say when they begin and end. The job
 * repository cannot say so: a job that ends while the database is away cannot record its end, and the
 * repository shows it running for ever.
 */
@ApplicationScoped
public class ExecutionsHere {

    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    void began(long execution) {
        running.add(execution);
    }

    void ended(long execution) {
        running.remove(execution);
    }

    boolean isRunning(long execution) {
        return running.contains(execution);
    }
}
