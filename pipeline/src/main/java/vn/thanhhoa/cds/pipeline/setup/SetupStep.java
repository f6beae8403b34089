package vn.thanhhoa.cds.pipeline.setup;

import java.util.List;

/**
 * What one step of the setup found and did: the things it created or changed, those it left as
 * they were, and the problems it could not (or must not) mend by itself, each one readable sentence.
 */
public record SetupStep(String name, List<String> changed, List<String> unchanged, List<String> problems) {

    public SetupStep {
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        problems = List.copyOf(problems);
    }

    public String summary() {
        return name + ": " + changed.size() + " created or changed, " + unchanged.size() + " unchanged"
                + (problems.isEmpty() ? "" : ", " + problems.size() + " problem(s)");
    }
}
