package vn.thanhhoa.cds.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;

/**
 * How the commands that run against real servers take their settings: {@code --set key=value}
 * options, and {@code CDS_*} environment variables (the key in upper case, dots as underscores),
 * which win, so that a container's environment decides.
 */
public final class Settings {

    private Settings() {
    }

    public static Map<String, Object> of(List<String> args, ConfigDef definition, String command, Map<String, String> environment) {
        Map<String, Object> merged = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            if (!args.get(i).equals("--set") || i + 1 >= args.size() || !args.get(i + 1).contains("=")) {
                throw new IllegalArgumentException(command + " takes options as --set key=value (keys: " + String.join(", ", definition.names()) + ").");
            }
            String[] pair = args.get(++i).split("=", 2);
            merged.put(pair[0], pair[1]);
        }
        return withEnvironment(merged, definition, environment);
    }

    public static Map<String, Object> withEnvironment(Map<String, ?> given, ConfigDef definition, Map<String, String> environment) {
        Map<String, Object> merged = new HashMap<>(given);
        for (String key : definition.names()) {
            String variable = "CDS_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
            if (environment.containsKey(variable)) {
                merged.put(key, environment.get(variable));
            }
        }
        return merged;
    }
}
