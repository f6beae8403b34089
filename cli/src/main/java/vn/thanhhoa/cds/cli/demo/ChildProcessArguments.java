package vn.thanhhoa.cds.cli.demo;

import java.nio.file.Path;
import java.util.List;

/**
 * What every part of the demo started as a process of its own (for the fault suite to kill) is told
 * first on its command line: the demo's data folder, the broker, the registry and the control folder
 * where it writes its status. One record, so that the parent writes them in the order the child reads.
 */
public record ChildProcessArguments(Path data, String bootstrapServers, String registryUrl, Path control) {

    /** How many arguments the record takes; a child's own arguments follow them. */
    public static final int COUNT = 4;

    public static ChildProcessArguments of(String[] args) {
        if (args.length < COUNT) {
            throw new IllegalArgumentException("expected <data dir> <bootstrap servers> <registry url> <control dir> first, got " + List.of(args));
        }
        return new ChildProcessArguments(Path.of(args[0]), args[1], args[2], Path.of(args[3]));
    }

    public List<String> asList() {
        return List.of(data.toString(), bootstrapServers, registryUrl, control.toString());
    }
}
