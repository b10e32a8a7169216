package org.headshots.domain.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.headshots.domain.order.OrderId;

/**
 * One person's runs, across their orders, newest first: it numbers the next run and decides whether a seat gets
 * its first run or a remake.
 */
public final class RunHistory {

    private final List<HeadshotRun> runs;

    private RunHistory(List<HeadshotRun> newestFirst) {
        this.runs = new ArrayList<>(newestFirst);
    }

    /** @param newestFirst the person's runs, as the repository lists them */
    public static RunHistory of(List<HeadshotRun> newestFirst) {
        return new RunHistory(newestFirst);
    }

    /** The newest run made for the order. */
    public Optional<HeadshotRun> latestFor(OrderId order) {
        return runs.stream().filter(run -> run.order().equals(order)).findFirst();
    }

    /** A seat waits for a run when none was made for its order yet, or the last one failed. */
    public boolean awaitsRunFor(OrderId order) {
        return latestFor(order).map(run -> run.status() == RunStatus.FAILED).orElse(true);
    }

    /** Runs are numbered per person, across their orders. */
    public int nextNumber() {
        return runs.stream().mapToInt(HeadshotRun::number).max().orElse(0) + 1;
    }

    /** Adds a run just queued, so that the next one is numbered after it. */
    public void add(HeadshotRun run) {
        runs.add(0, run);
    }

    /**
     * The number of a remake for the order: allowed once its first headshots are made, none is being made now,
     * and the order's remakes are not used up (failed runs do not count).
     *
     * @throws RemakeNotAllowedException saying why not and what to do
     */
    public int numberForRemake(OrderId order, int remakesAllowed) {
        List<HeadshotRun> ofOrder =
                runs.stream().filter(run -> run.order().equals(order)).toList();
        if (ofOrder.isEmpty()) {
            throw new RemakeNotAllowedException("Your first headshots are made once your selfies are ready");
        }
        RunStatus latest = ofOrder.get(0).status();
        if (latest == RunStatus.QUEUED || latest == RunStatus.RUNNING) {
            throw new RemakeNotAllowedException(
                    "Your headshots are still being made; ask for a remake once they are done");
        }
        long used =
                ofOrder.stream().filter(run -> run.status() != RunStatus.FAILED).count() - 1;
        if (used >= remakesAllowed) {
            throw new RemakeNotAllowedException("Your order allows " + remakesAllowed
                    + (remakesAllowed == 1 ? " remake" : " remakes") + " and you have used "
                    + (remakesAllowed == 1 ? "it" : "them all") + "; your admin can tell you more");
        }
        return nextNumber();
    }
}
