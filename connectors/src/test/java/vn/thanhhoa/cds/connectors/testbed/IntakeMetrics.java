package vn.thanhhoa.cds.connectors.testbed;

import java.lang.management.ManagementFactory;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/** Reads a connector task's intake counters as an operator would, through JMX. */
public final class IntakeMetrics {

    private IntakeMetrics() {
    }

    /** The value of {@code metric} for {@code source}, or -1 when no such metric is registered. */
    public static long read(String source, String metric) {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            Set<ObjectName> names = server.queryNames(new ObjectName("kafka.connect:*"), null);
            for (ObjectName name : names) {
                if (source.equals(name.getKeyProperty("source"))) {
                    for (var attribute : server.getMBeanInfo(name).getAttributes()) {
                        if (attribute.getName().equals(metric)) {
                            return ((Number) server.getAttribute(name, metric)).longValue();
                        }
                    }
                }
            }
            return -1;
        } catch (Exception e) {
            throw new IllegalStateException("Reading JMX failed: " + e, e);
        }
    }
}
