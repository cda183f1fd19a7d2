package dev.crossway.directory.infrastructure.geo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossway.directory.domain.ZipCentroid;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZipCsvReaderTest {

    @Test
    void streamsBatchesToleratesEmptyCityAndCountsBadRows() throws Exception {
        String csv = """
                zip,lat,lon,city,state
                00601,18.180555,-66.749961,,PR
                61001,42.465834,-90.110222,Apple River,il
                1234,40,-70,,NY
                99999,95,-70,,AK
                abcde,1,2,,
                10001,40.750649,-73.997298,New York,NY
                """;
        List<List<ZipCentroid>> batches = new ArrayList<>();
        ZipCsvReader.Result r = new ZipCsvReader(2).read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), b -> batches.add(List.copyOf(b)));

        assertThat(r.rows()).isEqualTo(3);
        assertThat(r.rejected()).isEqualTo(3);
        assertThat(batches).extracting(List::size).containsExactly(2, 1);
        ZipCentroid pr = batches.get(0).get(0);
        assertThat(pr.zip()).isEqualTo("00601");
        assertThat(pr.city()).isNull();
        assertThat(pr.state()).isEqualTo("PR");
        assertThat(batches.get(0).get(1).state()).isEqualTo("IL");
        assertThat(batches.get(0).get(1).point().latitude()).isEqualTo(42.465834);
    }

    @Test
    void zipPlusFourNormalisesToFiveDigits() {
        assertThat(ZipCentroid.normalize("61001-1234")).contains("61001");
        assertThat(ZipCentroid.normalize(" 610011234 ")).contains("61001");
        assertThat(ZipCentroid.normalize("6100")).isEmpty();
        assertThat(ZipCentroid.normalize("K1A 0B1")).isEmpty();
    }
}
