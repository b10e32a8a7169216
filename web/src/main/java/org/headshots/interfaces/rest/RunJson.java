package org.headshots.interfaces.rest;

import org.headshots.application.run.RunView;

/** A run of headshots with its progress, as the API and the live progress channel send it. */
public record RunJson(
        long id,
        String owner,
        int run,
        String status,
        String stage,
        String stageLabel,
        int done,
        int total,
        int percent,
        String reason,
        String queuedAt,
        String startedAt,
        String endedAt,
        TimingsJson millis,
        long order) {

    /** Where the run's time went so far, in milliseconds (see RunTimings). */
    public record TimingsJson(
            long identity, long prepare, long compose, long check, long encode, long store, long calls) {}

    public static RunJson of(RunView run) {
        return new RunJson(
                run.id(),
                run.owner(),
                run.run(),
                run.status(),
                run.stage(),
                run.stageLabel(),
                run.made(),
                run.count(),
                run.percent(),
                run.reason(),
                String.valueOf(run.queuedAt()),
                text(run.startedAt()),
                text(run.endedAt()),
                new TimingsJson(
                        run.timings().identity(),
                        run.timings().prepare(),
                        run.timings().compose(),
                        run.timings().check(),
                        run.timings().encode(),
                        run.timings().store(),
                        run.timings().calls()),
                run.order());
    }

    private static String text(Object time) {
        return time == null ? null : time.toString();
    }
}
