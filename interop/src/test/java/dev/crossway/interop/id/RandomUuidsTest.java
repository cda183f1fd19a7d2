package dev.crossway.interop.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomUuidsTest {

    @Test
    void versionFourIetfVariantAsTheJdksAndReadBackFromTheirText() {
        for (int i = 0; i < 10_000; i++) {
            UUID id = RandomUuids.next();
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(UUID.fromString(id.toString())).isEqualTo(id);
        }
    }

    @Test
    void everyBitButTheFixedSixVaries() {
        long msbOnes = 0;
        long msbZeros = 0;
        long lsbOnes = 0;
        long lsbZeros = 0;
        for (int i = 0; i < 2_000; i++) {
            UUID id = RandomUuids.next();
            msbOnes |= id.getMostSignificantBits();
            msbZeros |= ~id.getMostSignificantBits();
            lsbOnes |= id.getLeastSignificantBits();
            lsbZeros |= ~id.getLeastSignificantBits();
        }
        // the version nibble (bits 12-15 of the msb) and the variant's two bits (62-63 of the lsb) are fixed
        assertThat(msbOnes & msbZeros).isEqualTo(~0xF000L);
        assertThat(lsbOnes & lsbZeros).isEqualTo(~(0xC000_0000_0000_0000L));
    }

    @Test
    void threadsDrawingAtOnceNeverRepeatOneAnother() throws Exception {
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> drawn = IntStream.range(0, 8).mapToObj(t -> threads.submit(() -> {
                Set<UUID> mine = new HashSet<>();
                for (int i = 0; i < 20_000; i++) {
                    mine.add(RandomUuids.next());
                }
                seen.addAll(mine);
                return mine.size();
            })).toList();
            for (Future<Integer> f : drawn) {
                assertThat(f.get()).isEqualTo(20_000);
            }
        } finally {
            threads.shutdown();
        }
        assertThat(seen).hasSize(160_000);
    }
}
