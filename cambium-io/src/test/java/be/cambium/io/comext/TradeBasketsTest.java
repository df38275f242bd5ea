package be.cambium.io.comext;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TradeBasketsTest {

    @Test
    void bundledBasketsCoverTheIssueList() {
        TradeBaskets b = TradeBaskets.bundled();
        assertThat(b.report().hasErrors()).isFalse();
        assertThat(b.labels().keySet()).contains("li_ion_batteries", "pv_cells_modules", "permanent_magnets",
                "wind_generating_sets", "electric_motors", "cobalt", "lithium", "natural_graphite", "rare_earths",
                "gallium", "germanium", "magnesium", "tungsten", "pgms", "silicon_metal");
        assertThat(b.codes()).allSatisfy(c -> assertThat(c.source()).isNotBlank());
    }

    @Test
    void magnetsChainAcrossThe2023Split() {
        TradeBaskets b = TradeBaskets.bundled();
        assertThat(b.basketsOf("85051100", 2022)).containsExactly("permanent_magnets");
        assertThat(b.basketsOf("85051100", 2023)).isEmpty();
        assertThat(b.basketsOf("85051110", 2023)).containsExactly("permanent_magnets");
        assertThat(b.basketsOf("85051110", 2022)).isEmpty();
        assertThat(b.basketsOf("85414090", 2021)).containsExactly("pv_cells_modules");
        assertThat(b.basketsOf("85414300", 2022)).containsExactly("pv_cells_modules");
        assertThat(b.basketsOf("99999999", 2022)).isEmpty();
    }

    @Test
    void bundledValidityAgreesWithTheDerivedHistory() throws Exception {
        String hist;
        try (InputStream in = TradeBaskets.class.getResourceAsStream("cn8-history.csv")) {
            hist = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (BasketCode c : TradeBaskets.bundled().codes()) {
            String line = hist.lines().filter(l -> l.startsWith(c.cn8() + ",")).findFirst().orElseThrow(
                    () -> new AssertionError(c.cn8() + " missing from cn8-history.csv"));
            String[] f = line.split(",", -1);
            assertThat(f[1]).as("valid_from of " + c.cn8()).isEqualTo(c.validFrom() == null ? "" : c.validFrom().toString());
            assertThat(f[2]).as("valid_to of " + c.cn8()).isEqualTo(c.validTo() == null ? "" : c.validTo().toString());
        }
    }

    @Test
    void bundledHistoryIsWhatTheConcordanceTableGives() throws Exception {
        CnCodeHistory h = CnCodeHistory.of(CnConcordanceReader.read(CnConcordanceReaderTest.table()).relations());
        String derived = CnHistoryCsv.write(h, TradeBaskets.bundled().allCodes());
        try (InputStream in = TradeBaskets.class.getResourceAsStream("cn8-history.csv")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(derived);
        }
    }

    @Test
    void userBasketsWithLocatedErrors() throws Exception {
        String csv = "basket,cn8,label,valid_from,valid_to\n"
                + "my_magnets,8505 11 10,rare-earth magnets,2023,\n"
                + "my_magnets,850511,too short,,\n"
                + "my_magnets,85051100,old code,20x2,\n"
                + "my_magnets,85051190,reversed,2024,2023\n";
        TradeBaskets b = TradeBaskets.read(new StringReader(csv), "mine.csv");
        assertThat(b.codes()).extracting(BasketCode::cn8).containsExactly("85051110");
        assertThat(b.report().issues()).extracting(i -> i.code()).containsExactly("BASKET_CN8", "BASKET_YEAR", "BASKET_YEARS");
        assertThat(b.report().issues().get(0).location().line()).isEqualTo(3);
        assertThat(TradeBaskets.read(new StringReader("basket,code\n"), "bad.csv").report().issues().get(0).code())
                .isEqualTo("BASKET_HEADER");
        assertThat(List.of(b.basketsOf("85051110", 2025))).isNotEmpty();
    }
}
