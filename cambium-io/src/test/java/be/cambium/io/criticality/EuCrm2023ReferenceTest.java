package be.cambium.io.criticality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import be.cambium.criticality.CriticalityCalculator;
import be.cambium.criticality.CriticalityInput;
import be.cambium.criticality.CriticalityOptions;
import be.cambium.criticality.CriticalityResult;
import be.cambium.criticality.EndUse;
import be.cambium.criticality.MaterialResult;
import be.cambium.criticality.MaterialStage;
import be.cambium.criticality.ShareScope;
import be.cambium.criticality.Stage;
import be.cambium.criticality.SubstitutionIndex;
import be.cambium.criticality.SupplyMode;
import be.cambium.criticality.SupplyShare;
import be.cambium.criticality.Verdict;
import be.cambium.validate.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Against the EU CRM study 2023 tables (shared fixture eu-crm-2023, see its SOURCE.md and
 * src/test/resources/criticality/SOURCE.md for the numbers and tolerances asserted here).
 */
class EuCrm2023ReferenceTest {

    static final Set<String> CRITICAL_2023 = Set.of("Aluminium", "Antimony", "Arsenic", "Baryte", "Beryllium", "Bismuth", "Boron",
            "Cobalt", "Coking coal", "Feldspar", "Fluorspar", "Gallium", "Germanium", "Hafnium", "Helium", "HREEs", "Lithium", "LREEs",
            "Magnesium", "Manganese", "Natural graphite", "Niobium", "PGMs", "Phosphate rock", "Phosphorus", "Scandium",
            "Silicon metal", "Strontium", "Tantalum", "Titanium metal", "Tungsten", "Vanadium");

    final EuCrm2023Tables tables = new EuCrm2023Tables(CriticalityOptions.defaults().censoredShare());

    @Test
    void thresholdsSelectExactlyThe32Materials() {
        Path dir = SharedData.dir("eu-crm-2023");
        ValidationReport.Builder issues = ValidationReport.builder();
        List<EuCrm2023Tables.Score> scores = tables.scores(dir.resolve("dimension_CRMsOverTime.csv"), issues);
        assertThat(issues.build().hasErrors()).isFalse();
        assertThat(scores).hasSize(355);
        CriticalityOptions o = CriticalityOptions.defaults();
        Set<String> critical = scores.stream().filter(s -> s.year() == 2023 && o.classify(s.sr(), s.ei()) == Verdict.CRITICAL)
                .map(EuCrm2023Tables.Score::material).collect(Collectors.toSet());
        assertThat(critical).hasSize(32).isEqualTo(CRITICAL_2023);
        // the multi-line name "Natural Teak\nwood" is one material; copper and nickel (strategic) fall below SR 1
        assertThat(scores.stream().map(EuCrm2023Tables.Score::material).distinct().count()).isEqualTo(71);
        assertThat(critical).doesNotContain("Copper", "Nickel");
    }

    @Test
    void galliumUnsubstitutedEiFromPublishedEndUsesAndValueAdded() {
        Path dir = SharedData.dir("eu-crm-2023");
        ValidationReport.Builder issues = ValidationReport.builder();
        EuCrm2023Tables.EndUses eu = tables.endUses(dir.resolve("fact_MaterialUseShares.csv"), issues);
        // the transcription pairs five manganese end uses with the value added of another NACE sector; the file has
        // multi-line NACE labels before them, so these physical line numbers also check the line tracking:
        // reported at their lines, the first value seen for each sector is kept
        assertThat(issues.build().errors()).extracting(i -> i.location().line()).containsExactly(198, 201, 203, 204, 206);
        assertThat(issues.build().withCode("CENSORED_SHARE")).singleElement() // copper "Building construction" printed ">0%"
                .satisfies(i -> assertThat(i.location().line()).isEqualTo(90));
        List<EndUse> ga = eu.endUses().stream().filter(e -> e.material().equals("Gallium")).toList();
        assertThat(ga).hasSize(3);
        CriticalityInput in = CriticalityInput.ofStages(List.of(MaterialStage.of("Gallium", Stage.P, 1, 0, 1, SupplyMode.GS)))
                .withEi(ga, eu.valueAdded(), List.of(SubstitutionIndex.of("Gallium", 1.0)));
        MaterialResult g = CriticalityCalculator.compute(in).material("Gallium").orElseThrow();
        assertThat(Math.round(g.eiUnsubstituted() * 100) / 100.0).isEqualTo(3.92);
        assertThat(g.eiUnsubstituted()).isCloseTo(80105.5 * 10 / 204200, offset(1e-9));
        // the scaling denominator is C28, the largest sector in the table
        assertThat(eu.valueAdded().stream().mapToDouble(v -> v.value()).max().orElseThrow()).isEqualTo(204200);
    }

    @Test
    void supplySharesParseWithCountriesCensoringAndT() {
        Path dir = SharedData.dir("eu-crm-2023");
        ValidationReport.Builder issues = ValidationReport.builder();
        List<SupplyShare> gs = tables.supplyShares(dir.resolve("fact_GlobalSupplySharesandt.csv"), ShareScope.GS, issues);
        List<SupplyShare> eu = tables.supplyShares(dir.resolve("fact_EUSupplySharesandt.csv"), ShareScope.EU, issues);
        assertThat(issues.build().errors()).isEmpty();
        // silicon metal P, Germany: printed "6" without a % sign
        assertThat(issues.build().withCode("CRM_PERCENT_SIGN_MISSING")).singleElement()
                .satisfies(i -> assertThat(i.location().toString()).endsWith("fact_EUSupplySharesandt.csv:712 column=Share"));
        assertThat(gs).hasSize(2561);
        assertThat(eu).hasSize(907);
        assertThat(gs).filteredOn(s -> s.material().equals("Gallium") && s.stage() == Stage.P && s.country().equals("CN"))
                .singleElement().satisfies(s -> assertThat(s.share()).isCloseTo(0.938, offset(1e-12)));
        assertThat(gs).filteredOn(s -> s.country().equals("BE") && s.material().equals("Antimony"))
                .singleElement().satisfies(s -> {
                    assertThat(s.share()).isCloseTo(0.086, offset(1e-12));
                    assertThat(s.t()).isEqualTo(0.8);
                });
        assertThat(gs).filteredOn(s -> s.material().equals("Phosphate Rock") && s.country().equals("CN"))
                .singleElement().satisfies(s -> assertThat(s.t()).isEqualTo(1.4));
        assertThat(gs).filteredOn(SupplyShare::censored).allSatisfy(s -> assertThat(s.share()).isEqualTo(0.0005));
        // the engine reads them: HHI of gallium P (global) from the published shares
        CriticalityInput in = CriticalityInput.ofStages(List.of(MaterialStage.of("Gallium", Stage.P, 1, 0, 1, SupplyMode.GS)))
                .withShares(gs.stream().filter(s -> s.material().equals("Gallium")).toList());
        CriticalityResult r = CriticalityCalculator.compute(in);
        assertThat(r.contributions()).isNotEmpty();
        assertThat(r.report().withCode("SHARE_SUM_HIGH")).isEmpty();
    }
}
