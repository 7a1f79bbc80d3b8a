package io.gojichain.insights.engine;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Puts every RocksDB store of this instance under one off-heap budget: one shared block cache, and
 * memtables charged to that same cache through a shared write-buffer manager.
 *
 * <p>Why: Kafka Streams' default gives each store its own 50 MB block cache and up to three 16 MB
 * memtables. The topology has 21 stores over 6 partitions, 126 RocksDB instances, so resident memory
 * grew with every partition and store (978 MiB under the benchmark's load with a 512 MB heap) rather
 * than with the data. With the budget, it is heap + {@value #DEFAULT_TOTAL_MB} MB (+ a little per
 * instance for RocksDB's own structures) whatever the partition count.
 *
 * <p>Index and filter blocks are not in the budget: they grow with the stores (a few tens of MB at
 * eleven million counted events), and evicting them cost more than it saved.
 *
 * <p>The memtable share sets the replay speed: {@code ./goji bench --steps replay} counted 5,800 events/s
 * with 32 MB of memtables, 9,700 with 96 and 12,500 with 192 (15,900 unbounded, at 724 MiB peak
 * resident), hence {@value #DEFAULT_MEMTABLE_MB} MB.
 *
 * <p>Set with {@code rocksdb.config.setter}; the budget is {@code goji.rocksdb.total-mb} (default
 * {@value #DEFAULT_TOTAL_MB}), of which {@code goji.rocksdb.memtable-mb} (default {@value
 * #DEFAULT_MEMTABLE_MB}) may be memtables. Kafka Streams instantiates this class once per store, so
 * the shared objects are static and made once per JVM; they live as long as the JVM.
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {

    public static final String TOTAL_MB = "goji.rocksdb.total-mb";

    public static final String MEMTABLE_MB = "goji.rocksdb.memtable-mb";

    static final long DEFAULT_TOTAL_MB = 160;

    static final long DEFAULT_MEMTABLE_MB = 128;

    /**
     * Per store: Kafka Streams' own memtable size and count. Smaller memtables (4 MB) flushed so
     * many small files that level 0 filled faster than two busy cores compacted it, and RocksDB
     * slowed writes: with 11 million events counted, freshness at 1,000 events/s went to 14 s.
     */
    static final long WRITE_BUFFER_BYTES = 16L * 1024 * 1024;

    static final int MAX_WRITE_BUFFERS = 3;

    private static final long MB = 1024L * 1024;

    private static Cache cache;

    private static WriteBufferManager writeBuffers;

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(sharedCache(configs));
        // Index and filter blocks stay outside the cache (RocksDB's default): in a cache that the
        // memtables mostly fill, they were evicted and re-read on every dedup lookup of a big store.
        options.setTableFormatConfig(table);
        options.setWriteBufferManager(sharedWriteBuffers(configs));
        options.setWriteBufferSize(WRITE_BUFFER_BYTES);
        options.setMaxWriteBufferNumber(MAX_WRITE_BUFFERS);
    }

    @Override
    public void close(String storeName, Options options) {
        // the cache and the write-buffer manager are shared by every store: never closed here
    }

    private static synchronized Cache sharedCache(Map<String, Object> configs) {
        if (cache == null) {
            // high-priority pool for index and filter blocks: 10 % of the cache
            cache = new LRUCache(megabytes(configs, TOTAL_MB, DEFAULT_TOTAL_MB) * MB, -1, false, 0.1);
        }
        return cache;
    }

    private static synchronized WriteBufferManager sharedWriteBuffers(Map<String, Object> configs) {
        if (writeBuffers == null) {
            writeBuffers = new WriteBufferManager(
                    megabytes(configs, MEMTABLE_MB, DEFAULT_MEMTABLE_MB) * MB, sharedCache(configs));
        }
        return writeBuffers;
    }

    static long megabytes(Map<String, Object> configs, String key, long fallback) {
        Object value = configs.get(key);
        if (value == null) {
            return fallback;
        }
        long megabytes = Long.parseLong(value.toString().trim());
        if (megabytes < 1) {
            throw new IllegalArgumentException(key + " must be at least 1 (MB), not " + value);
        }
        return megabytes;
    }
}
