package be.cambium.io.comext;

import be.cambium.trade.Flow;
import be.cambium.trade.TradeIndicatorCalculator;
import be.cambium.trade.TradeIndicatorResult;
import be.cambium.trade.TradeInput;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZOutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ComextReaderTest {

    static final String V2 = "REPORTER,PARTNER,TRADE_TYPE,PRODUCT_NC,PRODUCT_SITC,PRODUCT_CPA21,PRODUCT_CPA22,PRODUCT_BEC,"
            + "PRODUCT_BEC5,PRODUCT_SECTION,FLOW,STAT_PROCEDURE,SUPPL_UNIT,PERIOD,VALUE_EUR,VALUE_NAC,QUANTITY_KG,QUANTITY_SUPPL_UNIT\n";

    static String v2(String rep, String partner, String tt, String cn, int flow, int period, String value, String kg) {
        return rep + "," + partner + "," + tt + "," + cn + ",77823,C27,C27,41,41,16," + flow + ",1,NO_SU," + period + ","
                + value + "," + value + "," + kg + ",0\n";
    }

    record Row(String reporter, String partner, int product, int flow, int period, double value, double kg) {
    }

    static List<Row> collect(Path f, Set<String> reporters, List<ComextReader.Summary> summaries) throws Exception {
        List<Row> rows = new ArrayList<>();
        summaries.add(ComextReader.read(f, reporters, (r, p, tt, prod, txt, flow, sp, per, v, kg, su) ->
                rows.add(new Row(r, p, prod, flow, per, v, kg))));
        return rows;
    }

    @Test
    void currentLayoutFilteredToReporter(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("full_v2_202301.dat");
        Files.writeString(f, V2 + v2("BE", "CN", "E", "85051110", 1, 202301, "1000", "10")
                + v2("NL", "CN", "E", "85051110", 1, 202301, "5000", "50")
                + v2("BE", "QZ", "E", "85051110", 1, 202301, "", "3")
                + v2("BE", "DE", "I", "8505XXXX", 2, 202301, "7", "1")
                + v2("BE", "US", "E", "85051110", 1, 202352, "99", "1"));
        List<ComextReader.Summary> s = new ArrayList<>();
        List<Row> rows = collect(f, Set.of("BE"), s);
        assertThat(s.get(0).report().hasErrors()).as(s.get(0).report().toString()).isFalse();
        assertThat(s.get(0).layout()).isEqualTo("full_v2");
        assertThat(s.get(0).rowsRead()).isEqualTo(5);
        assertThat(s.get(0).periods()).containsExactly(202301);
        assertThat(s.get(0).sha256()).isEqualTo(ComextReader.sha256(f)).hasSize(64);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).isEqualTo(new Row("BE", "CN", 85051110, 1, 202301, 1000, 10));
        assertThat(rows.get(1).value()).isNaN(); // empty VALUE_EUR: not observed, never zero
        assertThat(rows.get(2).product()).isEqualTo(-1);
        assertThat(s.get(0).report().withCode("COMEXT_ANNUAL_ROWS_SKIPPED")).hasSize(1);
    }

    @Test
    void olderLayoutGzipUsesIsoColumns(@TempDir Path dir) throws Exception {
        String header = "DECLARANT,DECLARANT_ISO,PARTNER,PARTNER_ISO,TRADE_TYPE,PRODUCT_NC,PRODUCT_SITC,PRODUCT_CPA2002,"
                + "PRODUCT_CPA2008,PRODUCT_CPA2_1,PRODUCT_BEC,PRODUCT_SECTION,FLOW,STAT_REGIME,SUPP_UNIT,PERIOD,"
                + "VALUE_IN_EUROS,QUANTITY_IN_KG,SUP_QUANTITY\r\n";
        String row = "017,BE,720,CN,E,85051100,77823,x,x,x,41,16,1,1,NO_SU,201905,2500,25,0\r\n";
        Path f = dir.resolve("nc201905.dat.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(f))) {
            o.write((header + row).getBytes(StandardCharsets.US_ASCII));
        }
        List<ComextReader.Summary> s = new ArrayList<>();
        List<Row> rows = collect(f, Set.of("BE"), s);
        assertThat(s.get(0).layout()).isEqualTo("legacy");
        assertThat(rows).containsExactly(new Row("BE", "CN", 85051100, 1, 201905, 2500, 25));
    }

    @Test
    void sevenZipAndTruncatedSevenZip(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("full_v2_202302.7z");
        byte[] body = (V2 + v2("BE", "CN", "E", "85051110", 1, 202302, "10", "1")).getBytes(StandardCharsets.US_ASCII);
        try (SevenZOutputFile z = new SevenZOutputFile(f.toFile())) {
            SevenZArchiveEntry e = z.createArchiveEntry(dir.resolve("x").toFile(), "full_v2_202302.dat");
            e.setDirectory(false);
            z.putArchiveEntry(e);
            z.write(body);
            z.closeArchiveEntry();
        }
        List<ComextReader.Summary> s = new ArrayList<>();
        assertThat(collect(f, Set.of(), s)).hasSize(1);
        assertThat(s.get(0).report().hasErrors()).isFalse();

        Path cut = dir.resolve("cut.7z");
        byte[] all = Files.readAllBytes(f);
        Files.write(cut, java.util.Arrays.copyOf(all, all.length - 20));
        s.clear();
        assertThat(collect(cut, Set.of(), s)).isEmpty();
        assertThat(s.get(0).report().issues()).extracting(i -> i.code()).containsExactly("COMEXT_ARCHIVE");
        assertThat(s.get(0).report().issues().get(0).message()).contains("truncated or damaged .7z");
    }

    @Test
    void badHeaderAndBadNumbersAreLocated(@TempDir Path dir) throws Exception {
        Path h = dir.resolve("h.csv");
        Files.writeString(h, "A,B,C\n1,2,3\n");
        List<ComextReader.Summary> s = new ArrayList<>();
        assertThat(collect(h, Set.of(), s)).isEmpty();
        assertThat(s.get(0).report().issues().get(0).code()).isEqualTo("COMEXT_HEADER");
        assertThat(s.get(0).report().issues().get(0).message()).contains("missing REPORTER");

        Path n = dir.resolve("n.dat");
        Files.writeString(n, V2 + v2("BE", "CN", "E", "85051110", 1, 202301, "12x", "1")
                + v2("BE", "CN", "E", "85051110", 3, 202301, "1", "1"));
        s.clear();
        assertThat(collect(n, Set.of(), s)).isEmpty();
        assertThat(s.get(0).report().issues()).extracting(i -> i.code()).containsExactly("COMEXT_NUMBER", "COMEXT_FLOW");
        assertThat(s.get(0).report().issues().get(0).location().line()).isEqualTo(2);
        assertThat(s.get(0).report().issues().get(0).location().column()).isEqualTo(15);
    }

    @Test
    void basketSeriesChainsAcrossTheCnChange(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("two_months.dat");
        Files.writeString(f, V2
                + v2("BE", "CN", "E", "85051100", 1, 202212, "100", "4")
                + v2("BE", "CN", "E", "85051110", 1, 202212, "999", "9") // not a CN 2022 code: ignored
                + v2("BE", "CN", "E", "85051110", 1, 202301, "80", "2")
                + v2("BE", "JP", "E", "85051190", 1, 202301, "20", "2")
                + v2("BE", "CN", "E", "85051100", 1, 202301, "555", "5")); // no longer valid in 2023
        BasketAggregator agg = new BasketAggregator(TradeBaskets.bundled().only(Set.of("permanent_magnets")));
        ComextReader.Summary s = ComextReader.read(f, Set.of("BE"), agg);
        TreeSet<YearMonth> months = new TreeSet<>();
        s.periods().forEach(p -> months.add(YearMonth.of(p / 100, p % 100)));
        TradeIndicatorResult r = TradeIndicatorCalculator.compute(TradeInput.of(agg.cells(), months,
                Map.of("permanent_magnets", "permanent magnets"), Map.of()));
        YearMonth dec = YearMonth.of(2022, 12);
        YearMonth jan = YearMonth.of(2023, 1);
        assertThat(r.value("BE", "permanent_magnets", Flow.IMPORT, dec, "value_eur")).isEqualTo(100.0);
        assertThat(r.value("BE", "permanent_magnets", Flow.IMPORT, jan, "value_eur")).isEqualTo(100.0);
        assertThat(r.value("BE", "permanent_magnets", Flow.IMPORT, jan, "mass_kg")).isEqualTo(4.0);
        assertThat(r.value("BE", "permanent_magnets", Flow.IMPORT, jan, "hhi")).isCloseTo(0.68, within(1e-12));
        assertThat(r.value("BE", "permanent_magnets", Flow.IMPORT, dec, "hhi")).isEqualTo(1.0);
    }

    @Test
    void truncatedGzipIsAnError(@TempDir Path dir) throws Exception {
        StringBuilder sb = new StringBuilder(V2);
        for (int i = 0; i < 2000; i++) {
            sb.append(v2("BE", "CN", "E", "85051110", 1, 202301, Integer.toString(i), "1"));
        }
        Path f = dir.resolve("full_v2_202301.dat.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(f))) {
            o.write(sb.toString().getBytes(StandardCharsets.US_ASCII));
        }
        byte[] all = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(all, all.length / 2));
        List<ComextReader.Summary> s = new ArrayList<>();
        collect(f, Set.of("BE"), s);
        assertThat(s.get(0).report().issues()).extracting(i -> i.code()).containsExactly("COMEXT_ARCHIVE");
        assertThat(s.get(0).report().issues().get(0).message()).contains("truncated");
    }
}
