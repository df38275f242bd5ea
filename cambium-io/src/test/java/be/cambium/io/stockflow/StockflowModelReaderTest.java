package be.cambium.io.stockflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.cambium.stockflow.CohortDriver;
import be.cambium.stockflow.StockflowCalculator;
import be.cambium.stockflow.StockflowInput;
import be.cambium.stockflow.StockflowResult;
import be.cambium.stockflow.Timing;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StockflowModelReaderTest {

    private static StockflowModel read(String text, String name, Map<String, String> files) {
        return StockflowModelReader.read(text, name, rel -> {
            String s = files.get(rel);
            if (s == null) {
                throw new NoSuchFileException(rel);
            }
            return s;
        });
    }

    private static String years(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String constant(int n, double v) {
        return IntStream.range(0, n).mapToObj(i -> Double.toString(v)).collect(Collectors.joining(", ", "[", "]"));
    }

    @Test
    void minimalSingleSeriesFormFromTheIssueRuns() {
        String json = "{\"years\": " + years(1990, 2050) + ", \"inflow\": " + constant(61, 10)
                + ", \"lifetime\": {\"type\": \"Weibull\", \"shape\": 2.2, \"scale\": 25}, \"timing\": \"end\"}";
        StockflowModel m = read(json, "m.json", Map.of());
        assertThat(m.report().issues()).isEmpty();
        StockflowInput in = m.input().orElseThrow();
        assertThat(in.timing()).isEqualTo(Timing.END);
        StockflowResult r = StockflowCalculator.compute(in);
        assertThat(r.report().hasErrors()).isFalse();
        assertThat(r.productStock().rows()).hasSize(1);
        assertThat(r.productStock().rows().get(0).value(60)).isGreaterThan(200).isLessThan(240);
    }

    @Test
    void stockFormAndYamlAndLifetimeTypes() {
        String yaml = "years: {from: 2000, to: 2009}\nstock: [1, 3, 6, 10, 15, 20, 25, 30, 35, 40]\n"
                + "lifetime: {type: Fixed, mean: 5}\nnegative_inflow: retire_early\n";
        StockflowModel m = read(yaml, "m.yaml", Map.of());
        assertThat(m.report().issues()).isEmpty();
        StockflowResult r = StockflowCalculator.compute(m.input().orElseThrow());
        assertThat(r.productInflow().rows().get(0).values()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        for (String lt : new String[] {"{\"type\": \"Normal\", \"mean\": 5, \"sd\": 1.5}", "{\"type\": \"FoldedNormal\", \"mean\": 5, \"sd\": 1.5}",
                "{\"type\": \"LogNormal\", \"mean\": 5, \"sd\": 1.5}", "{\"type\": \"Weibull\", \"mean\": 5, \"shape\": 2}"}) {
            StockflowModel x = read("{\"years\": [2000, 2001, 2002], \"inflow\": [1, 2, 3], \"lifetime\": " + lt + "}", "x.json", Map.of());
            assertThat(x.input()).as(lt).isPresent();
        }
    }

    @Test
    void badInputsGiveLocatedMessages() {
        StockflowModel gap = read("{\"years\": [2000, 2001, 2003], \"inflow\": [1, 2, 3], \"lifetime\": {\"type\": \"Fixed\", \"mean\": 5}}",
                "gap.json", Map.of());
        assertThat(gap.input()).isEmpty();
        assertThat(gap.report().withCode("YEARS_NOT_CONSECUTIVE")).singleElement()
                .satisfies(i -> assertThat(i.toString()).contains("gap.json").contains("2003 follows 2001"));
        StockflowModel neg = read("{\"years\": [2000, 2001], \"inflow\": [1, 2], \"lifetime\": {\"type\": \"LogNormal\", \"mean\": -3, \"sd\": 1}}",
                "neg.json", Map.of());
        assertThat(neg.report().withCode("BAD_LIFETIME")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("lifetime").contains("mean must be >= 0"));
        StockflowModel nul = read("{\"years\": [2000, 2001], \"inflow\": [1, null], \"lifetime\": {\"type\": \"Fixed\", \"mean\": 5}}",
                "nul.json", Map.of());
        assertThat(nul.report().withCode("MISSING_VALUE")).singleElement()
                .satisfies(i -> assertThat(i.location().cell()).containsEntry("year", "2001"));
        StockflowModel syntax = read("{\"years\": [2000,\n 2001", "s.json", Map.of());
        assertThat(syntax.report().withCode("MODEL_SYNTAX")).singleElement().satisfies(i -> assertThat(i.location().line()).isEqualTo(2));
        StockflowModel noFile = read("{\"years\": [2000, 2001], \"inflow\": \"in.csv\", \"lifetime\": {\"type\": \"Fixed\", \"mean\": 5}}",
                "nf.json", Map.of());
        assertThat(noFile.report().withCode("MODEL_FILE")).singleElement().satisfies(i -> assertThat(i.message()).contains("in.csv"));
    }

    @Test
    void multiLayerModelWithCsvInputsAndScenario() {
        String model = """
                {"name": "demo", "years": {"from": 2000, "to": 2010}, "product_unit": "MW", "material_unit": "t",
                 "sources": [{"id": "s1", "title": "test source", "url": "https://example.org/a", "vintage": "2024"}],
                 "technologies": {"A": {"lifetime": {"type": "Weibull", "shape": 3, "scale": 6}},
                                  "B": {"lifetime": [{"from": 2000, "type": "Fixed", "mean": 4}, {"from": 2005, "type": "Fixed", "mean": 8}]}},
                 "segments": [
                   {"id": "off", "labels": {"location": "offshore"}, "inflow_by_technology": "add.csv",
                    "stock": "target.csv", "stock_extend": "constant", "switch_year": 2006, "negative_inflow": "retire_early"},
                   {"id": "on", "labels": {"location": "onshore"}, "technologies": ["A", "B"], "stock": "on.csv"}
                 ],
                 "shares": "shares.csv", "composition": "comp.csv", "eol": "eol.csv",
                 "scenarios": [{"name": "grow", "description": "doubling", "segments": {"off": {"stock": "grow.csv", "from_year": 2008}}}],
                 "monte_carlo": {"draws": 10, "seed": 3, "lifetime_cv": 0.1}}
                """;
        Map<String, String> files = Map.of(
                "add.csv", "year,technology,value,source\n2000,A,10,s1\n2001,A,5,s1\n2001,B,5,s1\n2003,B,20,s1\n",
                "target.csv", "year,value,source\n2006,35,s1\n",
                "on.csv", "year,value,source\n2000,5,s1\n2010,50,s1\n",
                "shares.csv", "segment,technology,year,share,source\non,A,2000,1,s1\non,B,2000,0,s1\non,A,2010,0.5,s1\non,B,2010,0.5,s1\n",
                "comp.csv", "technology,component,material,from_year,count_per_unit,content,unit,source\n"
                        + "A,tower,steel,,1,100,t/MW,s1\nB,tower,steel,,1,120,t/MW,s1\nB,generator,Nd,,1,0.18,t/MW,s1\nB,generator,Nd,2005,1,0.1,t/MW,s1\n",
                "eol.csv", "component,material,collection,sorting,recycling,source\n*,steel,0.9,0.9,0.9,s1\n",
                "grow.csv", "year,value\n2008,35\n2010,60\n");
        StockflowModel m = read(model, "demo.json", files);
        assertThat(m.report().errors()).isEmpty();
        StockflowInput in = m.input().orElseThrow();
        assertThat(in.segments()).hasSize(2);
        assertThat(in.segments().get(0).driver()).isInstanceOf(CohortDriver.InflowThenStock.class);
        StockflowResult r = StockflowCalculator.compute(in);
        assertThat(r.report().errors()).isEmpty();
        double[] onStock = r.productStock().sum(Arrays.asList("onshore", null));
        assertThat(onStock[5]).isCloseTo(27.5, within(1e-9)); // linear between anchors
        double[] offStock = r.productStock().sum(Arrays.asList("offshore", null));
        assertThat(offStock[10]).isCloseTo(35, within(1e-9));
        assertThat(r.report().withCode("EOL_ROUTE_MISSING")).singleElement().satisfies(i -> assertThat(i.message()).contains("generator/Nd"));
        StockflowResult grow = StockflowCalculator.compute(m.scenarios().get(0).applyTo(in));
        assertThat(grow.productStock().sum(Arrays.asList("offshore", null))[10]).isCloseTo(60, within(1e-9));
        assertThat(m.monteCarlo().orElseThrow().draws()).isEqualTo(10);
        assertThat(in.provenance().sources()).extracting(s -> s.id()).containsExactly("s1");
    }

    @Test
    void csvProblemsAreLocatedByLineAndColumn() {
        String model = "{\"years\": [2000, 2001], \"stock\": \"s.csv\", \"lifetime\": {\"type\": \"Fixed\", \"mean\": 5},"
                + " \"sources\": [{\"id\": \"a\", \"title\": \"A\"}]}";
        StockflowModel m = read(model, "m.json", Map.of("s.csv", "year,value,source\n2000,1,a\n2001,x,b\n"));
        assertThat(m.input()).isEmpty();
        assertThat(m.report().withCode("CSV_VALUE")).singleElement()
                .satisfies(i -> assertThat(i.location().toString()).isEqualTo("s.csv:3:2"));
    }

    @Test
    void compositionUnitsAreConvertedOrRejected() {
        String model = "{\"years\": [2000, 2001], \"product_unit\": \"MW\", \"material_unit\": \"t\","
                + " \"segments\": [{\"id\": \"s\", \"labels\": {\"l\": \"x\"}, \"technologies\": {\"A\": 1}, \"inflow\": [1, 1]}],"
                + " \"lifetime\": {\"type\": \"Fixed\", \"mean\": 5}, \"composition\": \"c.csv\"}";
        StockflowModel ok = read(model, "m.json", Map.of("c.csv",
                "technology,component,material,count_per_unit,content,unit\nA,gen,Nd,1,180,kg/MW\nA,tower,steel,1,120,t/MW\n"));
        assertThat(ok.report().errors()).isEmpty();
        var comps = ok.input().orElseThrow().compositions();
        assertThat(comps.get(0).contentPerComponent()[0]).isCloseTo(0.18, within(1e-12));
        assertThat(comps.get(1).contentPerComponent()[0]).isCloseTo(120, within(1e-12));
        StockflowModel bad = read(model, "m.json", Map.of("c.csv",
                "technology,component,material,count_per_unit,content,unit\nA,gen,Nd,1,180,kg/cap\n"));
        assertThat(bad.report().withCode("UNIT")).singleElement()
                .satisfies(i -> assertThat(i.location().toString()).isEqualTo("c.csv:2:6"));
    }

    @Test
    void sharesNotSummingToOneReachTheEngineCheck() {
        String model = "{\"years\": [2000, 2001], \"segments\": [{\"id\": \"s\", \"labels\": {\"l\": \"x\"},"
                + " \"technologies\": [\"A\", \"B\"], \"inflow\": [1, 1]}], \"shares\": \"w.csv\","
                + " \"lifetime\": {\"type\": \"Fixed\", \"mean\": 5}}";
        StockflowModel m = read(model, "m.json", Map.of("w.csv", "segment,technology,year,share\ns,A,2000,0.5\ns,B,2000,0.4\n"));
        StockflowResult r = StockflowCalculator.compute(m.input().orElseThrow());
        assertThat(r.report().withCode("SHARES_NOT_ONE")).hasSize(2);
        assertThat(r.report().withCode("MASS_BALANCE")).isNotEmpty();
    }
}
