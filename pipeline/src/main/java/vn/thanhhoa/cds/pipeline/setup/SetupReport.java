package vn.thanhhoa.cds.pipeline.setup;

import java.util.List;

/** The outcome of one setup run, step by step, in the order they ran. */
public record SetupReport(List<SetupStep> steps) {

    public SetupReport {
        steps = List.copyOf(steps);
    }

    /** True when the deployment already held everything: the second run of a setup. */
    public boolean changedNothing() {
        return steps.stream().allMatch(step -> step.changed().isEmpty());
    }

    public List<String> problems() {
        return steps.stream().flatMap(step -> step.problems().stream().map(problem -> step.name() + ": " + problem)).toList();
    }

    public SetupStep step(String name) {
        return steps.stream().filter(step -> step.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no setup step named " + name));
    }
}
