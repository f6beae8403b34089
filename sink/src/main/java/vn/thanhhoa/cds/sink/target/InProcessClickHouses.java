package vn.thanhhoa.cds.sink.target;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.thanhhoa.cds.store.ClickHouse;

/**
 * The embedded ClickHouse engines of this JVM, by name, for sink tasks running in the same JVM
 * (the demo and the tests run Kafka Connect in-process). Kafka Connect creates tasks by reflection
 * and hands them strings only, so the one way from the code that opened the engine to a task is a
 * process-wide registry: this is the project's single piece of static mutable state, kept to a
 * map of names that its owner registers and removes. A sink configured with
 * {@code clickhouse.url=in-process:<name>} asks it for the engine each time it (re)connects, so an
 * engine closed and opened again is found again.
 */
public final class InProcessClickHouses {

    /** The URL scheme naming a registered engine. */
    public static final String SCHEME = "in-process:";

    private static final Map<String, Supplier<? extends ClickHouse>> ENGINES = new ConcurrentHashMap<>();

    private InProcessClickHouses() {
    }

    /** Makes {@code engine} reachable as {@code in-process:<name>}; the supplier gives the engine as it is now, or null while it is closed. */
    public static void register(String name, Supplier<? extends ClickHouse> engine) {
        ENGINES.put(name, engine);
    }

    public static void unregister(String name) {
        ENGINES.remove(name);
    }

    /** The engine registered under {@code name}, or an exception naming what is registered. */
    static ClickHouse lookup(String name) {
        Supplier<? extends ClickHouse> engine = ENGINES.get(name);
        if (engine == null) {
            throw new IllegalStateException("no embedded ClickHouse is registered in this JVM as '" + name + "' (registered: "
                    + ENGINES.keySet() + ")");
        }
        ClickHouse clickHouse = engine.get();
        if (clickHouse == null) {
            throw new IllegalStateException("the embedded ClickHouse registered as '" + name + "' is not open at the moment");
        }
        return clickHouse;
    }
}
