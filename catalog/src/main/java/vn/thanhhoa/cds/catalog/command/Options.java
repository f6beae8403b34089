package vn.thanhhoa.cds.catalog.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} options after the subcommand; every option takes a value. */
record Options(Map<String, String> values) {

    static Options parse(List<String> args, Set<String> allowed) throws UsageException {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            int eq = name.indexOf('=');
            String value;
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                value = args.get(++i);
            } else {
                throw new UsageException("option --" + name + " needs a value");
            }
            if (!allowed.contains(name)) {
                throw new UsageException("unknown option --" + name + " (expected " + String.join(", ",
                        allowed.stream().sorted().map(a -> "--" + a).toList()) + ")");
            }
            if (values.put(name, value) != null) {
                throw new UsageException("option --" + name + " is given twice");
            }
        }
        return new Options(values);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String required(String name) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("option --" + name + " is required");
        }
        return value;
    }
}
