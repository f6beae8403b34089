package vn.thanhhoa.cds.runtime.kafka;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import vn.thanhhoa.cds.schemas.topic.TopicSpec;

/** Creates the topics a pipeline needs and leaves existing ones alone, so a restart is harmless. */
public final class TopicProvisioning {

    private final Admin admin;

    public TopicProvisioning(Admin admin) {
        this.admin = admin;
    }

    /** Creates the missing topics; returns the names it created. */
    public List<String> ensure(Collection<TopicSpec> topics) {
        try {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic.name()))
                    .map(topic -> new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(topic.configs()))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
            return missing.stream().map(NewTopic::name).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Creating topics failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
