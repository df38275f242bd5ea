package be.cambium.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.cambium.report.model.BarChart;
import be.cambium.report.model.Block;
import be.cambium.report.model.Chart;
import be.cambium.report.model.LineChart;
import be.cambium.report.model.ReportTable;
import be.cambium.report.model.SankeyChart;
import be.cambium.report.model.Section;
import be.cambium.unit.Unit;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The accounts section on the bundled package: every plotted number is checked against the bundled rows it comes from. */
class AccountsSectionTest {

    private static Section section;
    private static List<AccountsService.PublishedRow> rows;

    @BeforeAll
    static void build() {
        section = new AccountsSection().build(ReportContext.of(LocalDate.of(2026, 11, 29)));
        rows = new AccountsService().bundledRows(PackageSet.bundled());
    }

    private static Map<String, Chart> charts() {
        return section.charts().stream().collect(Collectors.toMap(Chart::id, Function.identity()));
    }

    private static ReportTable table(String id) {
        return section.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no table " + id));
    }

    private static List<AccountsService.PublishedRow> newest(String geo, String indicator, String material, String unit) {
        return rows.stream().filter(r -> r.newest() && r.geo().equals(geo) && r.indicator().equals(indicator)
                && r.material().equals(material) && r.unit().equals(unit) && r.value() != null).toList();
    }

    @Test
    void chartsAndTablesArePresentWithTitlesUnitsAndSources() {
        assertThat(charts()).containsKeys("dmc_per_capita", "dmc_by_category", "dmc_revisions", "rmc_per_capita", "rmc_by_category",
                "cmu_by_release", "cmu_eu_by_category", "mfa_sankey");
        for (Chart c : section.charts()) {
            assertThat(c.title()).as(c.id()).isNotBlank();
            assertThat(c.unit()).as(c.id()).isNotBlank();
            assertThat(c.sources()).as(c.id() + " sources").isNotEmpty();
        }
        assertThat(section.tables()).extracting(ReportTable::id).contains("mfa_balance", "mfa_indicators", "mfa_vintages");
        assertThat(section.blocks()).anySatisfy(b -> assertThat(b).isInstanceOf(Block.Notice.class));
    }

    @Test
    void geoLinesTraceToTheNewestReleaseAndNameIt() {
        for (String id : List.of("dmc_per_capita", "rmc_per_capita")) {
            LineChart c = (LineChart) charts().get(id);
            String ind = id.startsWith("dmc") ? "DMC" : "RMC";
            assertThat(c.series()).hasSize(2);
            for (Chart.Series s : c.series()) {
                String geo = s.name().startsWith("Belgium") ? "BE" : "EU27_2020";
                List<AccountsService.PublishedRow> src = newest(geo, ind, "TOTAL", "t/cap");
                assertThat(s.y()).hasSize(src.size());
                src.forEach(r -> assertThat(s.name()).contains("release " + r.vintage()));
                for (int i = 0; i < s.x().size(); i++) {
                    int year = s.x().get(i).intValue();
                    double y = s.y().get(i);
                    assertThat(src).as(id + " " + geo + " " + year).anySatisfy(r -> {
                        assertThat(r.year()).isEqualTo(year);
                        assertThat(r.number()).isEqualTo(y);
                    });
                }
            }
            src(c).forEach(v -> assertThat(c.sources()).anySatisfy(x -> assertThat(x).contains(v)));
        }
    }

    private static List<String> src(LineChart c) {
        return c.series().stream().map(s -> s.name().substring(s.name().indexOf("release ") + 8, s.name().length() - 1)).distinct().toList();
    }

    @Test
    void categoryChartIsStackedFromTheBundledCategories() {
        LineChart c = (LineChart) charts().get("dmc_by_category");
        assertThat(c.stacked()).isTrue();
        assertThat(c.series()).extracting(Chart.Series::name)
                .containsExactly("Biomass", "Metal ores and non-metallic minerals", "Fossil energy materials");
        for (int k = 0; k < 3; k++) {
            Chart.Series s = c.series().get(k);
            List<AccountsService.PublishedRow> src = newest("BE", "DMC", AccountsSection.BE_CATEGORIES.get(k), "t/cap");
            for (int i = 0; i < s.x().size(); i++) {
                int year = s.x().get(i).intValue();
                double y = s.y().get(i);
                assertThat(src).anySatisfy(r -> assertThat(r.year() == year && r.number() == y).isTrue());
            }
        }
        // the categories add up to the published total within the rounding of four one-decimal values (0.2) plus the
        // residual categories (other products MF5, waste MF6: trade only, so their DMC is net imports and may be negative)
        // that indicators.be does not show and gives as 1-2 % of the total
        Chart.Series first = c.series().get(0);
        for (int i = 0; i < first.x().size(); i++) {
            int year = first.x().get(i).intValue();
            double sum = c.series().stream().mapToDouble(s -> s.y().get(first.x().indexOf((double) year))).sum();
            double total = newest("BE", "DMC", "TOTAL", "t/cap").stream().filter(r -> r.year() == year).findFirst().orElseThrow().number();
            assertThat(sum).as("categories " + year).isCloseTo(total, within(0.2 + 0.03 * total));
        }
    }

    @Test
    void cmuBarsCarryTheirReleaseAndTraceToTheRows() {
        BarChart c = (BarChart) charts().get("cmu_by_release");
        assertThat(c.series()).extracting(Chart.Series::name).containsExactly("Belgium", "EU-27");
        int nonMissing = 0;
        for (int k = 0; k < c.series().size(); k++) {
            String geo = k == 0 ? "BE" : "EU27_2020";
            Chart.Series s = c.series().get(k);
            for (int i = 0; i < c.categories().size(); i++) {
                String cat = c.categories().get(i);
                int year = Integer.parseInt(cat.substring(0, 4));
                String vintage = cat.substring(cat.indexOf("release ") + 8, cat.length() - 1);
                double y = s.y().get(i);
                List<AccountsService.PublishedRow> match = rows.stream().filter(r -> r.geo().equals(geo) && r.indicator().equals("CMU")
                        && r.material().equals("TOTAL") && r.year() == year && r.vintage().equals(vintage)).toList();
                if (Double.isNaN(y)) {
                    assertThat(match).as(cat + " " + geo).isEmpty();
                } else {
                    nonMissing++;
                    assertThat(match).as(cat + " " + geo).singleElement().satisfies(r -> assertThat(r.number()).isEqualTo(y));
                }
            }
        }
        long cmuRows = rows.stream().filter(r -> r.indicator().equals("CMU") && r.material().equals("TOTAL")
                && AccountsSection.GEOS.contains(r.geo())).count();
        assertThat(nonMissing).as("every bundled CMU row is drawn once").isEqualTo((int) cmuRows);
    }

    @Test
    void sankeyBalancesAndEveryFlowTracesToPublishedRows() {
        SankeyChart k = (SankeyChart) charts().get("mfa_sankey");
        assertThat(k.unit()).isEqualTo("Mt");
        String dmi = k.flows().stream().filter(f -> f.stage() == 0).map(SankeyChart.Flow::to).distinct()
                .collect(Collectors.collectingAndThen(Collectors.toList(), l -> {
                    assertThat(l).hasSize(1);
                    return l.get(0);
                }));
        double in = k.flows().stream().filter(f -> f.stage() == 0).mapToDouble(SankeyChart.Flow::value).sum();
        double out = k.flows().stream().filter(f -> f.stage() == 1 && f.from().equals(dmi)).mapToDouble(SankeyChart.Flow::value).sum();
        assertThat(out).as("outputs of the middle node = its inputs").isCloseTo(in, within(1e-9));

        // the latest year with a complete balance, and its published flows, come straight from the bundled rows
        ReportTable b = table("mfa_balance");
        int year = (Integer) b.rows().get(0).get(b.columnIndex("year"));
        Map<String, Double> flow = b.rows().stream().collect(Collectors.toMap(r -> (String) r.get(b.columnIndex("flow")),
                r -> ((Number) Objects.requireNonNull(r.get(b.columnIndex("value")))).doubleValue()));
        Map<String, String> how = b.rows().stream().collect(Collectors.toMap(r -> (String) r.get(b.columnIndex("flow")),
                r -> (String) r.get(b.columnIndex("derivation"))));
        int latestMassYear = rows.stream().filter(r -> r.geo().equals("BE") && MaterialBalance.FLOWS.contains(r.indicator())
                && Unit.parse(r.unit()).isCompatibleWith(Unit.parse("Mt")) && r.value() != null).mapToInt(r -> r.year()).max().orElseThrow();
        assertThat(year).isEqualTo(latestMassYear);
        for (String f : MaterialBalance.FLOWS) {
            if (how.get(f).equals("published")) {
                AccountsService.PublishedRow r = newest("BE", f, "TOTAL", "Mt").stream().filter(x -> x.year() == year).findFirst().orElseThrow();
                assertThat(flow.get(f)).as(f).isEqualTo(r.number());
            }
        }
        // the identities hold on the drawn values
        assertThat(flow.get("DMI")).isCloseTo(flow.get("DE") + flow.get("IMP"), within(1e-6));
        assertThat(flow.get("DMC")).isCloseTo(flow.get("DMI") - flow.get("EXP"), within(1e-6));
        assertThat(flow.get("PTB")).isCloseTo(flow.get("IMP") - flow.get("EXP"), within(1e-6));
        // and the Sankey draws exactly these values
        assertThat(k.flows()).anySatisfy(f -> {
            assertThat(f.from()).startsWith(AccountsSection.DE_NODE);
            assertThat(f.value()).isCloseTo(flow.get("DE"), within(1e-6));
        });
        assertThat(k.flows()).anySatisfy(f -> {
            assertThat(f.to()).startsWith(AccountsSection.EXP_NODE);
            assertThat(f.value()).isCloseTo(flow.get("EXP"), within(1e-6));
        });
    }

    @Test
    void sankeyOfTheBundledPackageMatchesTheFigures2022() {
        // reference: IMP 269.4 Mt and DMC 151.7 Mt (FEB 2024), PTB 60 Mt (FPB, 30 April 2024) -> DE 91.7, EXP 209.4, DMI 361.1
        ReportTable b = table("mfa_balance");
        Map<String, Double> flow = b.rows().stream().collect(Collectors.toMap(r -> (String) r.get(b.columnIndex("flow")),
                r -> ((Number) Objects.requireNonNull(r.get(b.columnIndex("value")))).doubleValue()));
        assertThat(flow.get("DE")).isCloseTo(91.7, within(1e-9));
        assertThat(flow.get("EXP")).isCloseTo(209.4, within(1e-9));
        assertThat(flow.get("DMI")).isCloseTo(361.1, within(1e-9));
    }

    @Test
    void summaryIsFormattedFromTheNewestValues() {
        String text = ((Block.Paragraph) section.blocks().get(0)).text();
        AccountsService.PublishedRow dmc = newest("BE", "DMC", "TOTAL", "t/cap").stream()
                .max(Comparator.comparingInt(AccountsService.PublishedRow::year)).orElseThrow();
        AccountsService.PublishedRow cmu = newest("BE", "CMU", "TOTAL", "%").stream()
                .max(Comparator.comparingInt(AccountsService.PublishedRow::year)).orElseThrow();
        assertThat(text).contains("In " + dmc.year() + " it was " + String.format(Locale.ROOT, "%.1f", dmc.number()) + " tonnes per person");
        assertThat(text).contains(String.format(Locale.ROOT, "%.1f", cmu.number()) + " % in Belgium in " + cmu.year());
        assertThat(text).contains("release " + dmc.vintage()).contains("release " + cmu.vintage());
        newest("EU27_2020", "DMC", "TOTAL", "t/cap").stream().filter(r -> r.year() == dmc.year()).findFirst()
                .ifPresent(e -> assertThat(text).contains("against " + String.format(Locale.ROOT, "%.1f", e.number()) + " in the EU-27"));
    }

    @Test
    void tablesCarryVintages() {
        ReportTable t = table("mfa_indicators");
        int vintage = t.columnIndex("vintage");
        assertThat(t.rows()).allSatisfy(r -> assertThat((String) r.get(vintage)).isNotBlank());
        ReportTable v = table("mfa_vintages");
        assertThat(v.rows()).hasSize(rows.size());
        int used = v.columnIndex("used");
        assertThat(v.rows()).anySatisfy(r -> assertThat(r.get(used)).isEqualTo("no"));
    }
}
