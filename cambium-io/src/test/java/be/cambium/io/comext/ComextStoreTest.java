package be.cambium.io.comext;

import be.cambium.trade.TradeCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static be.cambium.io.comext.ComextReaderTest.V2;
import static be.cambium.io.comext.ComextReaderTest.v2;
import static org.assertj.core.api.Assertions.assertThat;

class ComextStoreTest {

    private static long count(ComextStore s, String sql) throws Exception {
        try (Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void newerVintageWinsOlderIsKeptBadFileLeavesNothing(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("full_v2_202301.dat");
        Files.writeString(first, V2 + v2("BE", "CN", "E", "85051110", 1, 202301, "100", "1")
                + v2("NL", "CN", "E", "85051110", 1, 202301, "900", "9"));
        Path revised = dir.resolve("full_v2_202301_rev.dat");
        Files.writeString(revised, V2 + v2("BE", "CN", "E", "85051110", 1, 202301, "120", "1")
                + v2("BE", "JP", "E", "85051190", 1, 202301, "30", "1"));
        Path bad = dir.resolve("full_v2_202302.dat");
        Files.writeString(bad, V2 + v2("BE", "CN", "E", "85051110", 1, 202302, "5", "1")
                + v2("BE", "CN", "E", "85051110", 1, 202302, "five", "1"));
        try (ComextStore s = ComextStore.open(dir.resolve("ws/cambium.duckdb"))) {
            ComextStore.ImportResult a = s.importFile(first, Set.of("BE"), Instant.parse("2026-03-01T10:00:00Z"));
            assertThat(a.vintage().rows()).isEqualTo(1); // NL filtered out early
            ComextStore.ImportResult again = s.importFile(first, Set.of("BE"), Instant.parse("2026-03-02T10:00:00Z"));
            assertThat(again.alreadyImported()).isTrue();
            ComextStore.ImportResult b = s.importFile(revised, Set.of("BE"), Instant.parse("2026-04-01T10:00:00Z"));
            assertThat(b.vintage().id()).isEqualTo(2);
            ComextStore.ImportResult c = s.importFile(bad, Set.of("BE"), Instant.parse("2026-04-02T10:00:00Z"));
            assertThat(c.vintage()).isNull();
            assertThat(c.report().issues()).extracting(i -> i.code()).containsExactly("COMEXT_NUMBER");

            assertThat(s.vintages()).extracting(ComextStore.Vintage::fileName)
                    .containsExactly("full_v2_202301.dat", "full_v2_202301_rev.dat");
            assertThat(s.vintages().get(0).sha256()).isEqualTo(ComextReader.sha256(first));
            assertThat(count(s, "SELECT count(*) FROM comext_row")).isEqualTo(3);
            assertThat(count(s, "SELECT count(*) FROM comext_row WHERE period = 202302")).isZero();
            assertThat(count(s, "SELECT sum(value_eur) FROM comext_current")).isEqualTo(150);
            assertThat(s.periods(0, 0)).hasSize(1);

            List<TradeCell> cells = s.cells(TradeBaskets.bundled(), Set.of("BE"), 0, 0);
            assertThat(cells).extracting(TradeCell::partner, TradeCell::valueEur)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CN", 120.0),
                            org.assertj.core.groups.Tuple.tuple("JP", 30.0));
        }
    }

    @Test
    void rowsOfAReporterComeBackUnaggregatedWithTheirVintage(@TempDir Path dir) throws Exception {
        Path jan = dir.resolve("full_v2_202301.dat");
        Files.writeString(jan, V2 + v2("BE", "CN", "E", "28220000", 1, 202301, "100", "10")
                + v2("BE", "QZ", "E", "28220000", 1, 202301, "50", "")
                + v2("BE", "DE", "I", "28220000", 2, 202301, "70", "7")
                + v2("BE", "CN", "E", "85051110", 1, 202301, "999", "9")
                + v2("NL", "CN", "E", "28220000", 1, 202301, "900", "90"));
        try (ComextStore s = ComextStore.open(dir.resolve("ws/cambium.duckdb"))) {
            s.importFile(jan, Set.of(), Instant.parse("2026-03-01T10:00:00Z"));
            List<be.cambium.trade.TradeRow> rows = s.rows("BE", Set.of("28220000"), 2023, 2023);
            assertThat(rows).hasSize(3).allSatisfy(r -> {
                assertThat(r.vintage()).isEqualTo("full_v2_202301.dat (vintage 1)");
                assertThat(r.cn8()).isEqualTo("28220000");
            });
            assertThat(rows).filteredOn(r -> r.partner().equals("QZ")).singleElement()
                    .satisfies(r -> assertThat(r.quantityKg()).isNaN());
            assertThat(rows).filteredOn(r -> r.partner().equals("DE")).singleElement()
                    .satisfies(r -> {
                        assertThat(r.flow()).isEqualTo(be.cambium.trade.Flow.EXPORT);
                        assertThat(r.tradeType()).isEqualTo("I");
                        assertThat(r.statProcedure()).isEqualTo(1);
                    });
            assertThat(s.rows("BE", Set.of("28220000"), 2021, 2022)).isEmpty();
            assertThat(s.months("BE", 2023, 2023)).containsExactly(java.time.YearMonth.of(2023, 1));
            assertThat(s.months("FR", 2023, 2023)).isEmpty();
        }
    }

    @Test
    void sqlAggregationEqualsTheStreamingAggregation(@TempDir Path dir) throws Exception {
        StringBuilder sb = new StringBuilder(V2);
        String[] partners = {"CN", "JP", "US", "DE", "QZ", "VN"};
        String[] codes = {"85051100", "85051110", "85076000", "28220000", "85414300", "12345678"};
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(11);
        for (int i = 0; i < 400; i++) {
            int period = rnd.nextBoolean() ? 202212 : 202301;
            sb.append(v2(rnd.nextInt(4) == 0 ? "NL" : "BE", partners[rnd.nextInt(partners.length)], "E",
                    codes[rnd.nextInt(codes.length)], 1 + rnd.nextInt(2), period,
                    rnd.nextInt(20) == 0 ? "" : Integer.toString(rnd.nextInt(100000)), Integer.toString(rnd.nextInt(1000))));
        }
        Path f = dir.resolve("mix.dat");
        Files.writeString(f, sb.toString());
        BasketAggregator agg = new BasketAggregator(TradeBaskets.bundled());
        ComextReader.read(f, Set.of("BE"), agg);
        try (ComextStore s = ComextStore.open(dir.resolve("cambium.duckdb"))) {
            s.importFile(f, Set.of("BE"), Instant.parse("2026-03-01T10:00:00Z"));
            Comparator<TradeCell> order = Comparator.comparing(TradeCell::basket).thenComparing(TradeCell::flow)
                    .thenComparing(TradeCell::period).thenComparing(TradeCell::partner);
            List<TradeCell> sql = s.cells(TradeBaskets.bundled(), Set.of("BE"), 0, 0).stream().sorted(order).toList();
            List<TradeCell> java = agg.cells().stream().sorted(order).toList();
            assertThat(sql).hasSameSizeAs(java).isNotEmpty();
            assertThat(sql).containsExactlyElementsOf(java); // record equality: NaN equals NaN
            assertThat(java).anyMatch(c -> Double.isNaN(c.valueEur()));
        }
    }
}
