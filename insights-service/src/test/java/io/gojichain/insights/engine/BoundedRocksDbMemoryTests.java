package io.gojichain.insights.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;

class BoundedRocksDbMemoryTests {

    @Test
    void everyStoreGetsStreamsSizedMemtablesAndKeepsIndexAndFiltersOutOfTheSharedCache() {
        BoundedRocksDbMemory setter = new BoundedRocksDbMemory();
        try (Options sold = withTable();
                Options harvested = withTable()) {
            setter.setConfig("sold-facts", sold, Map.of());
            setter.setConfig("harvested-facts", harvested, Map.of());

            for (Options options : new Options[] {sold, harvested}) {
                assertThat(options.writeBufferSize()).isEqualTo(16L * 1024 * 1024);
                assertThat(options.maxWriteBufferNumber()).isEqualTo(3);
                BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
                assertThat(table.cacheIndexAndFilterBlocks()).isFalse();
            }
            setter.close("sold-facts", sold);
        }
    }

    @Test
    void theBudgetIsReadFromTheStreamsConfigInMegabytes() {
        assertThat(BoundedRocksDbMemory.megabytes(Map.of(), BoundedRocksDbMemory.TOTAL_MB, 96))
                .isEqualTo(96);
        assertThat(BoundedRocksDbMemory.megabytes(
                        Map.of(BoundedRocksDbMemory.TOTAL_MB, " 256 "), BoundedRocksDbMemory.TOTAL_MB, 96))
                .isEqualTo(256);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BoundedRocksDbMemory.megabytes(
                        Map.of(BoundedRocksDbMemory.MEMTABLE_MB, 0), BoundedRocksDbMemory.MEMTABLE_MB, 32))
                .withMessage("goji.rocksdb.memtable-mb must be at least 1 (MB), not 0");
    }

    private static Options withTable() {
        Options options = new Options();
        options.setTableFormatConfig(new BlockBasedTableConfig());
        return options;
    }
}
