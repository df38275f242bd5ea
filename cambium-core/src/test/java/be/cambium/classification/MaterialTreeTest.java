package be.cambium.classification;

import static be.cambium.classification.MfaFlowType.DE;
import static be.cambium.classification.MfaFlowType.EXP;
import static be.cambium.classification.MfaFlowType.IMP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaterialTreeTest {

    private final MaterialTree tree = Classifications.standard().materials();

    @Test
    void treeIsConsistent() {
        assertThat(tree.root().code()).isEqualTo("TOTAL");
        for (MaterialCategory c : tree.all()) {
            assertThat(c.label()).describedAs(c.code()).isNotBlank();
            if (c.parent() == null) {
                assertThat(c).isSameAs(tree.root());
                continue;
            }
            assertThat(c.code()).describedAs(c.code()).matches("MF[1-6][0-9A-Z]{0,3}");
            MaterialCategory p = tree.get(c.parent());
            assertThat(c.level()).describedAs(c.code()).isEqualTo(p.level() + 1).isBetween(1, 4);
            assertThat(tree.children(p.code())).describedAs(c.code()).contains(c);
            assertThat(p.flows()).describedAs(c.code()).containsAll(c.flows());
            // Eurostat's dissemination codes: one more character per level (MF1 -> MF12 -> MF121 -> MF1211)
            if (p.level() >= 1) {
                assertThat(c.code()).describedAs(c.code()).hasSize(p.code().length() + 1).startsWith(p.code());
            }
        }
        assertThat(tree.descendants("TOTAL")).hasSize(tree.size() - 1);
        Map<Integer, Long> perLevel = tree.all().stream()
                .collect(Collectors.groupingBy(MaterialCategory::level, TreeMap::new, Collectors.counting()));
        assertThat(perLevel).containsExactly(Map.entry(0, 1L), Map.entry(1, 6L), Map.entry(2, 22L),
                Map.entry(3, 36L), Map.entry(4, 7L));
    }

    /** Every declared "sum of children" identity, flow by flow (SOURCES.md explains each empty one). */
    @Test
    void sumOfChildrenDeclarationsAreExactlyTheConfirmedOnes() {
        Map<String, Set<MfaFlowType>> expected = new LinkedHashMap<>();
        Set<MfaFlowType> all = EnumSet.of(DE, IMP, EXP);
        Set<MfaFlowType> trade = EnumSet.of(IMP, EXP);
        for (String c : List.of("TOTAL", "MF1", "MF12", "MF121", "MF122", "MF13", "MF14", "MF2", "MF22", "MF41")) {
            expected.put(c, all);
        }
        expected.put("MF15", trade);
        expected.put("MF423", trade);
        expected.put("MF4", EnumSet.of(DE));
        expected.put("MF42", EnumSet.of(DE));
        Map<String, Set<MfaFlowType>> declared = new LinkedHashMap<>();
        for (MaterialCategory c : tree.all()) {
            if (!c.childrenSum().isEmpty()) {
                declared.put(c.code(), c.childrenSum());
            }
        }
        assertThat(declared).containsExactlyInAnyOrderEntriesOf(expected);
        // parents whose breakdown is known to be incomplete or unconfirmed declare nothing
        assertThat(tree.get("MF11").childrenSum()).as("MF1110/MF11A open").isEmpty();
        assertThat(tree.get("MF3").childrenSum()).as("optional MF3A open").isEmpty();
        for (MaterialCategory c : tree.all()) {
            for (MfaFlowType f : c.childrenSum()) {
                assertThat(tree.childrenFor(c.code(), f)).describedAs(c.code() + " " + f).isNotEmpty();
            }
            if (tree.isLeaf(c.code())) {
                assertThat(c.childrenSum()).describedAs(c.code()).isEmpty();
            }
        }
    }

    @Test
    void childrenPerFlow() {
        assertThat(codes(tree.childrenFor("TOTAL", DE))).containsExactly("MF1", "MF2", "MF3", "MF4");
        assertThat(codes(tree.childrenFor("TOTAL", IMP))).containsExactly("MF1", "MF2", "MF3", "MF4", "MF5", "MF6");
        assertThat(codes(tree.childrenFor("MF1", DE))).containsExactly("MF11", "MF12", "MF13", "MF14");
        assertThat(codes(tree.childrenFor("MF1", EXP)))
                .containsExactly("MF11", "MF12", "MF13", "MF14", "MF15", "MF16");
        assertThat(codes(tree.childrenFor("MF2", DE))).containsExactly("MF21", "MF22");
        assertThat(codes(tree.childrenFor("MF2", IMP))).containsExactly("MF21", "MF22", "MF23");
        assertThat(codes(tree.childrenFor("MF22", DE))).containsExactly("MF221", "MF222", "MF223", "MF224",
                "MF225", "MF226", "MF227", "MF228", "MF229");
        assertThat(tree.childrenFor("MF3", DE)).hasSize(9);
        assertThat(codes(tree.childrenFor("MF3", IMP))).hasSize(10).endsWith("MF3B");
        assertThat(codes(tree.childrenFor("MF4", DE))).containsExactly("MF41", "MF42");
        assertThat(codes(tree.childrenFor("MF42", DE))).containsExactly("MF421", "MF422");
        assertThat(codes(tree.childrenFor("MF42", EXP))).containsExactly("MF421", "MF422", "MF423");
        assertThat(codes(tree.childrenFor("MF12", DE))).containsExactly("MF121", "MF122");
        assertThat(codes(tree.childrenFor("MF121", DE))).containsExactly("MF1211", "MF1212");
        assertThat(codes(tree.childrenFor("MF122", IMP))).containsExactly("MF1221", "MF1222");
        assertThat(codes(tree.childrenFor("MF15", IMP))).containsExactly("MF151", "MF152", "MF153", "MF154");
        assertThat(tree.childrenFor("MF15", DE)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            MF1    | Biomass
            MF2    | Metal ores (gross ores)
            MF3    | Non-metallic minerals
            MF4    | Fossil energy materials/carriers
            MF5    | Other products
            MF6    | Waste for final treatment and disposal
            MF21   | Iron
            MF111  | Cereals
            MF118  | Fruits
            MF119  | Fibres
            MF1211 | Straw
            MF1212 | Other crop residues (sugar and fodder beet leaves, etc.)
            MF1221 | Fodder crops (including biomass harvest from grassland)
            MF1222 | Grazed biomass
            MF131  | Timber (industrial roundwood)
            MF143  | Hunting and gathering
            MF153  | Dairy products, birds' eggs, and honey
            MF221  | Copper
            MF227  | Bauxite and other aluminium
            MF228  | Uranium and thorium
            MF23   | Products mainly from metals
            MF3B   | Products mainly from non metallic minerals
            MF411  | Lignite (brown coal)
            MF414  | Peat
            MF421  | Crude oil, condensate and natural gas liquids (NGL)
            MF422  | Natural gas
            MF4233 | Fuel for air transport
            MF43   | Products mainly from fossil energy products
            """)
    void knownCodesExistWithEurostatLabels(String code, String label) {
        assertThat(tree.get(code).label()).isEqualTo(label);
    }

    @Test
    void unconfirmedCodesAreNotBundled() {
        for (String code : List.of("MF1110", "MF11A", "MF3A", "MF17", "MF2261", "MF2297", "MF13MEMO", "MF221MEMO",
                "MF7", "MF71", "SM_FIN")) {
            assertThat(tree.contains(code)).describedAs(code).isFalse();
        }
    }

    @Test
    void tradeOnlyCodes() {
        List<String> tradeOnlyRoots = List.of("MF15", "MF16", "MF23", "MF3B", "MF423", "MF43", "MF5", "MF6");
        for (MaterialCategory c : tree.all()) {
            boolean underTradeOnlyRoot = tradeOnlyRoots.stream().anyMatch(r -> tree.isWithin(c.code(), r));
            assertThat(tree.isTradeOnly(c.code())).describedAs(c.code()).isEqualTo(underTradeOnlyRoot);
            if (c.isTradeOnly()) {
                assertThat(c.flows()).describedAs(c.code()).containsExactly(IMP, EXP);
            } else {
                assertThat(c.flows()).describedAs(c.code()).containsExactly(DE, IMP, EXP);
            }
        }
        assertThat(tree.codesFor(DE)).extracting(MaterialCategory::code)
                .doesNotContain("MF5", "MF6", "MF15", "MF152", "MF16", "MF23", "MF3B", "MF423", "MF4231", "MF43")
                .contains("TOTAL", "MF111", "MF1222", "MF229", "MF39", "MF414", "MF422");
        assertThat(tree.codesFor(DE)).hasSize(57);
        assertThat(tree.codesFor(IMP)).hasSize(tree.size());
        assertThat(tree.codesFor(EXP)).hasSize(tree.size());
    }

    @Test
    void navigation() {
        assertThat(codes(tree.children("MF2"))).containsExactly("MF21", "MF22", "MF23");
        assertThat(codes(tree.ancestors("MF1212"))).containsExactly("MF121", "MF12", "MF1", "TOTAL");
        assertThat(codes(tree.leaves("MF41"))).containsExactly("MF411", "MF412", "MF413", "MF414");
        assertThat(codes(tree.leaves("MF42"))).containsExactly("MF421", "MF422", "MF4231", "MF4232", "MF4233");
        assertThat(codes(tree.leaves("MF5"))).containsExactly("MF5");
        assertThat(codes(tree.leaves())).contains("MF111", "MF1211", "MF21", "MF38", "MF5", "MF6")
                .doesNotContain("MF1", "MF11", "MF121");
        assertThat(tree.isWithin("MF1222", "MF1")).isTrue();
        assertThat(tree.isWithin("MF38", "MF4")).isFalse();
        assertThat(tree.parent("TOTAL")).isEmpty();
    }

    @Test
    void unknownCodeInDataIsAnIssueNotACrash() {
        ValidationReport.Builder report = ValidationReport.builder();
        Location at = Location.at("mfa.csv", 12, 3);
        assertThat(tree.resolve("MF9", at, report)).isEmpty();
        assertThat(tree.resolve("mf111", at, report)).isEmpty();
        assertThat(tree.resolve("MF3A", at, report)).isEmpty();
        assertThat(tree.resolve("MF.1.2.1.1", at, report)).isEmpty();
        assertThat(tree.resolve(" MF13 ", at, report)).map(MaterialCategory::code).contains("MF13");
        assertThat(tree.resolve("MF1211", at, report)).map(MaterialCategory::label).contains("Straw");
        ValidationReport r = report.build();
        assertThat(r.withCode(MaterialTree.UNKNOWN_MATERIAL)).hasSize(4)
                .allSatisfy(i -> assertThat(i.location()).isEqualTo(at));
        assertThat(r.issues().get(0).message()).doesNotContain("did you mean");
        assertThat(r.issues().get(1).message()).contains("did you mean MF111?");
        assertThat(r.issues().get(2).message()).contains("not in the bundled EW-MFA tree").contains("SOURCES.md");
        assertThat(r.issues().get(3).message()).contains("did you mean MF1211?");
    }

    @Test
    void tradeOnlyCodeForDomesticExtractionIsAnIssue() {
        ValidationReport.Builder report = ValidationReport.builder();
        assertThat(tree.resolve("MF5", DE, Location.cell("material", "MF5", "stk_flow", "DE"), report)).isEmpty();
        assertThat(tree.resolve("MF152", DE, Location.cell("material", "MF152", "stk_flow", "DE"), report)).isEmpty();
        assertThat(tree.resolve("MF4232", DE, Location.none(), report)).isEmpty();
        assertThat(tree.resolve("MF5", IMP, Location.none(), report)).isPresent();
        assertThat(tree.resolve("MF4232", EXP, Location.none(), report)).isPresent();
        assertThat(tree.resolve("MF1222", DE, Location.none(), report)).isPresent();
        ValidationReport r = report.build();
        assertThat(r.withCode(MaterialTree.MATERIAL_NOT_FOR_FLOW)).hasSize(3);
        assertThat(r.issues().get(1).message()).contains("MF152").contains("Meat and meat preparations");
    }

    @Test
    void programmerMisuseThrows() {
        assertThatThrownBy(() -> tree.get("MF9")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MF9");
        assertThatThrownBy(() -> MaterialTree.of(List.of(
                new MaterialCategory("TOTAL", "Total", null, 0, Set.of(DE), Set.of()),
                new MaterialCategory("MF1", "Biomass", "NOPE", 1, Set.of(DE), Set.of()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parent NOPE");
        assertThatThrownBy(() -> MaterialTree.of(List.of(
                new MaterialCategory("TOTAL", "Total", null, 0, Set.of(DE, IMP), Set.of(IMP)),
                new MaterialCategory("MF1", "Biomass", "TOTAL", 1, Set.of(DE), Set.of()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no child for IMP");
        assertThatThrownBy(() -> MaterialTree.of(List.of(
                new MaterialCategory("TOTAL", "Total", null, 0, Set.of(DE, IMP), Set.of()),
                new MaterialCategory("MF5", "Other products", "TOTAL", 1, Set.of(IMP), Set.of()),
                new MaterialCategory("MF51", "x", "MF5", 2, Set.of(DE, IMP), Set.of()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("flows its parent MF5 does not");
    }

    private static List<String> codes(List<MaterialCategory> cs) {
        return cs.stream().map(MaterialCategory::code).toList();
    }
}
