package vn.thanhhoa.cds.streams.app;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * One memory budget for every RocksDB store of the engine, in place of RocksDB's per-store defaults
 * (a block cache and up to three 16 MB memtables each). The engine keeps about seventeen stores on
 * each of three partitions, so the defaults grow with the state towards gigabytes off the heap, where
 * nothing bounds them; the embedded stack of {@code ./cds demo} must fit a few gigabytes in all. Block
 * cache, index and filter blocks, and memtables all count against {@link #TOTAL_BYTES}; what does not
 * fit is read from the files (the OS page cache).
 *
 * <p>The cache is shared through static fields because Kafka Streams makes a setter per store from its
 * class name, with no way to hand it an instance; they are made once, on the first store's
 * configuration (by then RocksDB's native library is loaded), and never change.
 */
public final class RocksDbMemoryBudget implements RocksDBConfigSetter {

    /** Everything RocksDB may hold in memory for the engine, memtables included. */
    public static final long TOTAL_BYTES = 128L * 1024 * 1024;
    /** The memtables' share of it. */
    static final long MEMTABLE_BYTES = 32L * 1024 * 1024;
    private static final double INDEX_AND_FILTER_SHARE = 0.1;

    /** Made on first use, when RocksDB's library is loaded. */
    private static final class Shared {
        static final Cache CACHE = new LRUCache(TOTAL_BYTES, -1, false, INDEX_AND_FILTER_SHARE);
        static final WriteBufferManager WRITE_BUFFERS = new WriteBufferManager(MEMTABLE_BYTES, CACHE);
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(Shared.CACHE);
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setTableFormatConfig(table);
        options.setWriteBufferManager(Shared.WRITE_BUFFERS);
        options.setMaxWriteBufferNumber(2);
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and the write buffer manager are shared by every store and outlive each of them.
    }
}
