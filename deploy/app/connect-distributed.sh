#!/usr/bin/env bash
# Writes the distributed worker's settings from the environment and starts it. The value
# converter writes Confluent's wire format with content ids, as the embedded worker does
# (schemas/src/main/java/vn/thanhhoa/cds/schemas/serde/ConfluentWireFormat.java).
set -euo pipefail
cat > /tmp/worker.properties <<PROPS
bootstrap.servers=${CONNECT_BOOTSTRAP_SERVERS}
group.id=cds-connect
config.storage.topic=_connect-configs
offset.storage.topic=_connect-offsets
status.storage.topic=_connect-status
config.storage.replication.factor=1
offset.storage.replication.factor=1
status.storage.replication.factor=1
plugin.path=/opt/connect-plugins
key.converter=org.apache.kafka.connect.storage.StringConverter
value.converter=io.apicurio.registry.utils.converter.AvroConverter
value.converter.apicurio.registry.url=${CONNECT_REGISTRY_URL}/apis/registry/v2
value.converter.apicurio.registry.auto-register=true
value.converter.apicurio.registry.headers.enabled=false
value.converter.apicurio.registry.id-handler=io.apicurio.registry.serde.Legacy4ByteIdHandler
value.converter.apicurio.registry.use-id=contentId
listeners=http://0.0.0.0:8083
# The source tasks' producer, as the embedded worker has it (runtime's EmbeddedConnectWorker): larger
# batches cut the broker's and the producer's CPU per record by more than half for a connector with a
# backlog; idempotence keeps each partition in order with five requests in flight.
producer.batch.size=262144
producer.linger.ms=10
producer.max.in.flight.requests.per.connection=5
producer.enable.idempotence=true
# Connector configurations name secrets as \${env:NAME}; the worker resolves them from its environment.
config.providers=env
config.providers.env.class=org.apache.kafka.common.config.provider.EnvVarConfigProvider
PROPS
exec /opt/kafka/bin/connect-distributed.sh /tmp/worker.properties
