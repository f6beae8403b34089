package vn.thanhhoa.cds.streams.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

class RocksDbMemoryBudgetTest {

    @Test
    void everyStoreKeepsItsIndexesInTheSharedCacheAndAtMostTwoMemtables() {
        RocksDB.loadLibrary();
        RocksDbMemoryBudget budget = new RocksDbMemoryBudget();
        for (String store : new String[] {"latest-DossierStatusChanged", "commune-values-latest"}) {
            try (Options options = new Options()) {
                options.setTableFormatConfig(new BlockBasedTableConfig());
                budget.setConfig(store, options, Map.of());

                BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
                assertThat(table.cacheIndexAndFilterBlocks()).as(store).isTrue();
                assertThat(table.pinTopLevelIndexAndFilter()).as(store).isTrue();
                assertThat(options.maxWriteBufferNumber()).as(store).isEqualTo(2);
                budget.close(store, options);
            }
        }
    }

    @Test
    void theEngineConfiguresItsStoresWithTheBudget() {
        EngineConfig config = new EngineConfig(Map.of(EngineConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092",
                EngineConfig.REGISTRY_URL_CONFIG, "http://localhost:8080", EngineConfig.STATE_DIR_CONFIG, "/tmp/engine-state"));

        assertThat(config.streamsProperties().get(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG)).isEqualTo(RocksDbMemoryBudget.class);
    }
}
