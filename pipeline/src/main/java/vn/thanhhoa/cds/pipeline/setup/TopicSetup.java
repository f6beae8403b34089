package vn.thanhhoa.cds.pipeline.setup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import vn.thanhhoa.cds.schemas.topic.TopicSpec;

/**
 * Creates the missing topics and checks the existing ones against their specification. An existing
 * topic with fewer partitions or another cleanup policy is reported, not altered: adding partitions
 * moves keys to other partitions and would split a commune's history, and turning compaction on or
 * off decides what data survives; both are an operator's decision.
 */
final class TopicSetup {

    static final String NAME = "topics";
    private static final short REPLICATION = 1;

    private final Admin admin;
    private final short replicationFactor;

    TopicSetup(Admin admin) {
        this(admin, REPLICATION);
    }

    TopicSetup(Admin admin, short replicationFactor) {
        this.admin = admin;
        this.replicationFactor = replicationFactor;
    }

    SetupStep run(Collection<TopicSpec> topics) {
        Set<String> existing = await(admin.listTopics().names(), "listing the topics");
        List<NewTopic> missing = topics.stream().filter(topic -> !existing.contains(topic.name()))
                .map(topic -> new NewTopic(topic.name(), topic.partitions(), replicationFactor).configs(topic.configs())).toList();
        if (!missing.isEmpty()) {
            await(admin.createTopics(missing).all(), "creating the topics " + missing.stream().map(NewTopic::name).toList());
        }
        List<TopicSpec> present = topics.stream().filter(topic -> existing.contains(topic.name())).toList();
        List<String> problems = present.isEmpty() ? List.of() : check(present);
        return new SetupStep(NAME, missing.stream().map(NewTopic::name).toList(),
                present.stream().map(TopicSpec::name).toList(), problems);
    }

    private List<String> check(List<TopicSpec> topics) {
        List<String> names = topics.stream().map(TopicSpec::name).toList();
        Map<String, TopicDescription> descriptions = await(admin.describeTopics(names).allTopicNames(), "describing the topics");
        Map<ConfigResource, Config> configs = await(admin.describeConfigs(names.stream()
                .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).collect(Collectors.toList())).all(), "reading the topics' settings");
        List<String> problems = new ArrayList<>();
        for (TopicSpec topic : topics) {
            int partitions = descriptions.get(topic.name()).partitions().size();
            if (partitions < topic.partitions()) {
                problems.add("topic " + topic.name() + " has " + partitions + " partition(s), the pipeline expects " + topic.partitions()
                        + "; add them by hand if the keys may move (kafka-topics --alter --partitions)");
            }
            ConfigEntry policy = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, topic.name())).get("cleanup.policy");
            String expected = topic.configs().get("cleanup.policy");
            if (policy != null && !policy.value().contains(expected)) {
                problems.add("topic " + topic.name() + " has cleanup.policy=" + policy.value() + ", the pipeline expects " + expected);
            }
        }
        return problems;
    }

    private static <T> T await(KafkaFuture<T> future, String what) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + what, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused " + what + ": " + e.getCause().getMessage(), e.getCause());
        }
    }
}
