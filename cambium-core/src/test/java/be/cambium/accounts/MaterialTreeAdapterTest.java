package be.cambium.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.classification.Classifications;
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
        // MF1 is the sum of its children for DE only: the trade breakdown listed is incomplete
        assertThat(TREE.childrenSumming("MF1", Indicator.DE)).containsExactly("MF11", "MF12", "MF13", "MF14");
        assertThat(TREE.childrenSumming("MF1", Indicator.IMP)).isEmpty();
        assertThat(TREE.childrenSumming("MF1", Indicator.DMC)).isEmpty();
        assertThat(TREE.isTradeOnly("MF5")).isTrue();
        assertThat(TREE.isTradeOnly("MF1")).isFalse();
        assertThat(TREE.isTradeOnly("NOPE")).isFalse();
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
        AccountsResult r = AccountsCalculator.compute(AccountsInput.of(l, TREE, List.of()));
        assertThat(r.report().withCode("MFA_PARENT_SUM")).singleElement()
                .satisfies(i -> assertThat(i.location().cell()).containsEntry("indicator", "DE").containsEntry("material", "MF1"));
    }
}
