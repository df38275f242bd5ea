package be.cambium.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.classification.Classifications;
import be.cambium.classification.MaterialCategory;
import be.cambium.classification.MaterialTree;
import be.cambium.classification.MfaFlowType;
import be.cambium.unit.Unit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The accounts on the classification module's bundled EW-MFA tree. */
class MaterialTreeAdapterTest {

    static final MaterialHierarchy TREE = MaterialHierarchy.of(Classifications.standard().materials());

    @Test
    void childrenSumFollowsTheCodeList() {
        assertThat(TREE.childrenSumming("TOTAL", Indicator.IMP)).containsExactly("MF1", "MF2", "MF3", "MF4", "MF5", "MF6");
        assertThat(TREE.childrenSumming("TOTAL", Indicator.DE)).containsExactly("MF1", "MF2", "MF3", "MF4");
        assertThat(TREE.childrenSumming("TOTAL", Indicator.DMC)).hasSize(6);
        assertThat(TREE.isTradeOnly("MF5")).isTrue();
        assertThat(TREE.isTradeOnly("MF1")).isFalse();
        assertThat(TREE.isTradeOnly("NOPE")).isFalse();
        assertThat(TREE.childrenSumming("NOPE", Indicator.DE)).isEmpty();
    }

    @Test
    void everyCodeAndFlowFollowsItsChildrenSumDeclaration() {
        MaterialTree t = Classifications.standard().materials();
        for (MaterialCategory c : t.all()) {
            for (MfaFlowType f : MfaFlowType.values()) {
                List<String> expected = c.childrenSum().contains(f)
                        ? t.childrenFor(c.code(), f).stream().map(MaterialCategory::code).toList() : List.of();
                assertThat(TREE.childrenSumming(c.code(), Indicator.valueOf(f.name()))).as(c.code() + " " + f).isEqualTo(expected);
            }
            boolean all = c.childrenSum().containsAll(List.of(MfaFlowType.DE, MfaFlowType.IMP, MfaFlowType.EXP));
            assertThat(TREE.childrenSumming(c.code(), Indicator.DMC).isEmpty()).as(c.code() + " DMC").isEqualTo(!all || t.isLeaf(c.code()));
        }
    }

    @Test
    void parentSumIsCheckedOnlyWhereTheCodeListDeclaresIt() {
        List<Observation> l = new ArrayList<>();
        l.add(Observation.of("BE", 2020, "IMP", "MF1", 100, Unit.KILOTONNE, "t").withDecimals(0));
        l.add(Observation.of("BE", 2020, "IMP", "MF11", 10, Unit.KILOTONNE, "t").withDecimals(0));
        l.add(Observation.of("BE", 2020, "DE", "MF1", 100, Unit.KILOTONNE, "t").withDecimals(0));
        for (String c : List.of("MF11", "MF12", "MF13", "MF14")) {
            l.add(Observation.of("BE", 2020, "DE", c, 20, Unit.KILOTONNE, "t").withDecimals(0));
        }
        // MF11's listed children are not declared a complete breakdown: no check there, whatever they hold
        assertThat(Classifications.standard().materials().get("MF11").childrenSum()).isEmpty();
        l.add(Observation.of("BE", 2020, "DE", "MF111", 5, Unit.KILOTONNE, "t").withDecimals(0));
        AccountsResult r = AccountsCalculator.compute(AccountsInput.of(l, TREE, List.of()));
        assertThat(r.report().withCode("MFA_PARENT_SUM")).singleElement()
                .satisfies(i -> assertThat(i.location().cell()).containsEntry("indicator", "DE").containsEntry("material", "MF1"));
    }
}
