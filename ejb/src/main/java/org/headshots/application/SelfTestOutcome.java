package org.headshots.application;

import java.util.List;
import java.util.stream.Collectors;
import org.headshots.application.fleet.NodeSelfTest;

/** What a fleet self-test found: the nodes that passed and, in words, why the others did not. */
public record SelfTestOutcome(List<NodeSelfTest> passed, List<String> failures) {

    public SelfTestOutcome {
        passed = List.copyOf(passed);
        failures = List.copyOf(failures);
    }

    public boolean succeeded() {
        return failures.isEmpty() && !passed.isEmpty();
    }

    public String summary() {
        String passes = passed.stream().map(SelfTestOutcome::describe).collect(Collectors.joining("; "));
        if (failures.isEmpty()) {
            return passes.isEmpty() ? "No GPU node was tested" : passes;
        }
        String fails = String.join("; ", failures);
        return passes.isEmpty() ? fails : fails + "; " + passes;
    }

    private static String describe(NodeSelfTest report) {
        return String.format(
                java.util.Locale.ROOT,
                "%s passed on %s (%s) in %.1f ms, max error %.1e",
                report.node(),
                report.device(),
                report.executionProvider(),
                report.inferenceTime().toNanos() / 1e6,
                report.maxAbsoluteError());
    }
}
