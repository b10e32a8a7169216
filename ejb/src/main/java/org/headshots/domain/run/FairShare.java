package org.headshots.domain.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which queued runs start when places free up on the GPU nodes: one at a time to the order with the
 * fewest runs going, the longest-waiting run of that order first. A large department then fills the
 * nodes only while no other order waits, and never keeps a small one waiting behind all its people.
 */
public final class FairShare {

    private FairShare() {}

    /**
     * @param queued the runs waiting, in any order
     * @param running the runs going now
     * @param places how many more runs the nodes can take
     */
    public static List<HeadshotRun> next(List<HeadshotRun> queued, List<HeadshotRun> running, int places) {
        Map<Long, Integer> going = new HashMap<>();
        for (HeadshotRun run : running) {
            going.merge(run.order().value(), 1, Integer::sum);
        }
        List<HeadshotRun> waiting = new ArrayList<>(queued);
        waiting.sort(Comparator.comparing(HeadshotRun::queuedAt).thenComparing(HeadshotRun::number));
        List<HeadshotRun> chosen = new ArrayList<>();
        while (chosen.size() < places && !waiting.isEmpty()) {
            HeadshotRun next = waiting.stream()
                    .min(Comparator.comparingInt(
                            (HeadshotRun run) -> going.getOrDefault(run.order().value(), 0)))
                    .orElseThrow();
            waiting.remove(next);
            chosen.add(next);
            going.merge(next.order().value(), 1, Integer::sum);
        }
        return chosen;
    }
}
