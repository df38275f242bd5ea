package be.cambium.classification;

import static be.cambium.classification.MfaFlowType.DE;
import static be.cambium.classification.MfaFlowType.EXP;
import static be.cambium.classification.MfaFlowType.IMP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaterialTreeTest {

    private final MaterialTree tree = Classifications.standard().materials();

    @Test
    void treeIsConsistent() {
        assertThat(tree.root().code()).isEqualTo("TOTAL");
        for (MaterialCategory c : tree.all()) {
            if (c.parent() == null) {
                assertThat(c).isSameAs(tree.root());
                continue;
            }
            MaterialCategory p = tree.get(c.parent());
            assertThat(c.level()).describedAs(c.code()).isEqualTo(p.level() + 1);
            assertThat(tree.children(p.code())).describedAs(c.code()).contains(c);
            assertThat(p.flows()).describedAs(c.code()).containsAll(c.flows());
            // codes extend their parent's code (MF1 -> MF11), except the level-1 codes under TOTAL
            if (p.level() >= 1) {
                assertThat(c.code()).describedAs(c.code()).startsWith(p.code());
            }
        }
        assertThat(tree.descendants("TOTAL")).hasSize(tree.size() - 1);
    }

    @Test
    void sumOfChildrenRelationshipsAreDefinedAndHaveChildren() {
        assertThat(tree.get("TOTAL").childrenSum()).containsExactly(DE, IMP, EXP);
        assertThat(tree.childrenFor("TOTAL", DE)).extracting(MaterialCategory::code)
                .containsExactly("MF1", "MF2", "MF3", "MF4");
        assertThat(tree.childrenFor("TOTAL", IMP)).extracting(MaterialCategory::code)
                .containsExactly("MF1", "MF2", "MF3", "MF4", "MF5", "MF6");
        assertThat(tree.childrenFor("MF1", DE)).extracting(MaterialCategory::code)
                .containsExactly("MF11", "MF12", "MF13", "MF14");
        assertThat(tree.childrenFor("MF4", DE)).extracting(MaterialCategory::code).containsExactly("MF41", "MF42");
        assertThat(tree.childrenFor("MF3", DE)).hasSize(9);
        // the trade side of MF1-MF4 is not declared complete (open items in SOURCES.md)
        for (String code : List.of("MF1", "MF2", "MF3", "MF4")) {
            assertThat(tree.get(code).childrenSum()).describedAs(code).containsExactly(DE);
        }
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
    void knownCodesExistWithEurostatLabels() {
        assertThat(tree.get("MF1").label()).isEqualTo("Biomass");
        assertThat(tree.get("MF2").label()).isEqualTo("Metal ores (gross ores)");
        assertThat(tree.get("MF3").label()).isEqualTo("Non-metallic minerals");
        assertThat(tree.get("MF4").label()).isEqualTo("Fossil energy materials/carriers");
        assertThat(tree.get("MF5").label()).isEqualTo("Other products");
        assertThat(tree.get("MF6").label()).isEqualTo("Waste for final treatment and disposal");
        assertThat(tree.get("MF21").label()).isEqualTo("Iron");
        assertThat(tree.contains("MF12")).isTrue();
        assertThat(tree.contains("MF38")).isTrue();
        assertThat(tree.contains("MF121")).as("3-digit codes are open, not bundled").isFalse();
    }

    @Test
    void tradeOnlyCodes() {
        assertThat(tree.isTradeOnly("MF5")).isTrue();
        assertThat(tree.isTradeOnly("MF6")).isTrue();
        assertThat(tree.isTradeOnly("MF15")).isTrue();
        assertThat(tree.isTradeOnly("MF16")).isTrue();
        assertThat(tree.isTradeOnly("MF1")).isFalse();
        assertThat(tree.isTradeOnly("MF42")).isFalse();
        assertThat(tree.codesFor(DE)).extracting(MaterialCategory::code)
                .doesNotContain("MF5", "MF6", "MF15", "MF16").contains("TOTAL", "MF11", "MF39", "MF42");
        assertThat(tree.codesFor(IMP)).hasSize(tree.size());
    }

    @Test
    void navigation() {
        assertThat(tree.children("MF2")).extracting(MaterialCategory::code).containsExactly("MF21", "MF22");
        assertThat(tree.ancestors("MF41")).extracting(MaterialCategory::code).containsExactly("MF4", "TOTAL");
        assertThat(tree.leaves("MF4")).extracting(MaterialCategory::code).containsExactly("MF41", "MF42");
        assertThat(tree.leaves("MF5")).extracting(MaterialCategory::code).containsExactly("MF5");
        assertThat(tree.leaves()).extracting(MaterialCategory::code).contains("MF11", "MF5", "MF6").doesNotContain("MF1");
        assertThat(tree.isWithin("MF38", "MF3")).isTrue();
        assertThat(tree.isWithin("MF38", "MF4")).isFalse();
        assertThat(tree.parent("TOTAL")).isEmpty();
    }

    @Test
    void unknownCodeInDataIsAnIssueNotACrash() {
        ValidationReport.Builder report = ValidationReport.builder();
        Location at = Location.at("mfa.csv", 12, 3);
        assertThat(tree.resolve("MF9", at, report)).isEmpty();
        assertThat(tree.resolve("mf1", at, report)).isEmpty();
        assertThat(tree.resolve("MF111", at, report)).isEmpty();
        assertThat(tree.resolve(" MF13 ", at, report)).map(MaterialCategory::code).contains("MF13");
        ValidationReport r = report.build();
        assertThat(r.withCode(MaterialTree.UNKNOWN_MATERIAL)).hasSize(3)
                .allSatisfy(i -> assertThat(i.location()).isEqualTo(at));
        assertThat(r.issues().get(1).message()).contains("did you mean MF1?");
        assertThat(r.issues().get(2).message()).contains("3- and 4-digit");
    }

    @Test
    void tradeOnlyCodeForDomesticExtractionIsAnIssue() {
        ValidationReport.Builder report = ValidationReport.builder();
        assertThat(tree.resolve("MF5", DE, Location.cell("material", "MF5", "stk_flow", "DE"), report)).isEmpty();
        assertThat(tree.resolve("MF5", IMP, Location.none(), report)).isPresent();
        assertThat(report.build().withCode(MaterialTree.MATERIAL_NOT_FOR_FLOW)).hasSize(1);
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
    }
}
