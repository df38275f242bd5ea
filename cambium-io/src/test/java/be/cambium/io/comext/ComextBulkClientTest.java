package be.cambium.io.comext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cambium.io.http.HttpFetcher;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Periods and URLs of the Comext bulk files; the downloads themselves are tested in cambium-app against a local server. */
class ComextBulkClientTest {

    @Test
    void periodsAreMonthsRangesAndYears() {
        assertThat(ComextBulkClient.parsePeriods(List.of("202402", "202311-202402", "2023", "202252", " 200201 ")))
                .containsExactly(200201, 202252, 202311, 202312, 202352, 202401, 202402);
        assertThat(ComextBulkClient.parsePeriods(List.of("202012-202012"))).containsExactly(202012);
        assertThat(ComextBulkClient.annual(202352)).isTrue();
        assertThat(ComextBulkClient.annual(202312)).isFalse();
    }

    @Test
    void badPeriodsNameTheSpec() {
        record Bad(String spec, String message) {
        }
        for (Bad b : List.of(new Bad("202400", "202400 is not a month"), new Bad("202413", "is not a month"),
                new Bad("200112", "start with 200201"), new Bad("2001", "start with 200201"), new Bad("202402-202401", "ends before it starts"),
                new Bad("2024-02", "none of YYYYMM"), new Bad("202401-202413", "202413 is not a month"), new Bad("", "none of"))) {
            assertThatThrownBy(() -> ComextBulkClient.parsePeriods(List.of(b.spec()))).as(b.spec())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("period '" + b.spec() + "'")
                    .hasMessageContaining(b.message());
        }
    }

    @Test
    void urlFollowsEurostatsFilesApi() {
        ComextBulkClient eurostat = new ComextBulkClient(URI.create("https://ec.europa.eu/eurostat/"), HttpFetcher.standard(), Clock.systemUTC());
        assertThat(eurostat.url(202512).toString())
                .isEqualTo("https://ec.europa.eu/eurostat/api/dissemination/files?file=comext%2FCOMEXT_DATA%2FPRODUCTS%2Ffull_v2_202512.7z");
        ComextBulkClient mirror = new ComextBulkClient(URI.create("http://mirror.example/estat"), HttpFetcher.standard(), Clock.systemUTC());
        assertThat(mirror.url(202452).toString())
                .isEqualTo("http://mirror.example/estat/api/dissemination/files?file=comext%2FCOMEXT_DATA%2FPRODUCTS%2Ffull_v2_202452.7z");
        assertThat(ComextBulkClient.fileName(202452)).isEqualTo("full_v2_202452.7z");
    }
}
