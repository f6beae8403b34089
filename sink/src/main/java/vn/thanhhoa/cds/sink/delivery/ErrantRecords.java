package vn.thanhhoa.cds.sink.delivery;

import org.apache.kafka.connect.sink.SinkRecord;

/** Where a record the sink cannot write goes, with the reason: Connect's dead-letter queue in a running worker. */
@FunctionalInterface
public interface ErrantRecords {

    void report(SinkRecord record, RuntimeException reason);
}
