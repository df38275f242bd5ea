package be.cambium.app.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MaterialBalanceTest {

    private static MaterialBalance.Flow pub(String ind, double v, double hw) {
        return new MaterialBalance.Flow(ind, v, hw, "published", List.of("s-" + ind));
    }

    @Test
    void completesFromDmcImportsAndTradeBalance() {
        Map<String, MaterialBalance.Flow> p = new LinkedHashMap<>();
        p.put("DMC", pub("DMC", 150.0, 0.05));
        p.put("IMP", pub("IMP", 250.0, 0.05));
        p.put("PTB", pub("PTB", 50.0, 0.5));
        MaterialBalance.Result r = MaterialBalance.complete(2020, p).orElseThrow();
        assertThat(r.flow("DE").value()).isCloseTo(100.0, within(1e-9));
        assertThat(r.flow("DE").how()).isEqualTo("DMC − PTB");
        assertThat(r.flow("DE").halfWidth()).isCloseTo(0.55, within(1e-12));
        assertThat(r.flow("DE").sources()).containsExactly("s-DMC", "s-PTB");
        assertThat(r.flow("EXP").value()).isCloseTo(200.0, within(1e-9));
        assertThat(r.flow("DMI").value()).isCloseTo(350.0, within(1e-9));
        assertThat(r.flow("DMI").value()).isCloseTo(r.flow("DMC").value() + r.flow("EXP").value(), within(1e-9));
        assertThat(r.flow("IMP").published()).isTrue();
        assertThat(r.conflicts()).isEmpty();
    }

    @Test
    void keepsPublishedValuesAndReportsAnIdentityBrokenBeyondRounding() {
        Map<String, MaterialBalance.Flow> p = new LinkedHashMap<>();
        p.put("DE", pub("DE", 100, 0.5));
        p.put("IMP", pub("IMP", 250, 0.5));
        p.put("EXP", pub("EXP", 200, 0.5));
        p.put("DMC", pub("DMC", 155, 0.5)); // 5 away from DE + IMP − EXP = 150
        MaterialBalance.Result r = MaterialBalance.complete(2020, p).orElseThrow();
        assertThat(r.flow("DMC").value()).isEqualTo(155);
        assertThat(r.conflicts()).anySatisfy(c -> assertThat(c).startsWith("DMC 155.0 differs from"));
    }

    @Test
    void withinRoundingIsNoConflict() {
        Map<String, MaterialBalance.Flow> p = new LinkedHashMap<>();
        p.put("DE", pub("DE", 100, 0.5));
        p.put("IMP", pub("IMP", 250, 0.5));
        p.put("EXP", pub("EXP", 200, 0.5));
        p.put("DMC", pub("DMC", 151, 0.5)); // 1 away, bound 0.5 + 1.5
        assertThat(MaterialBalance.complete(2020, p).orElseThrow().conflicts()).isEmpty();
    }

    @Test
    void nothingIsEstimatedWhenTheFlowsAreUnderdetermined() {
        Map<String, MaterialBalance.Flow> p = new LinkedHashMap<>();
        p.put("DMC", pub("DMC", 150, 0.05));
        p.put("IMP", pub("IMP", 250, 0.05));
        Optional<MaterialBalance.Result> r = MaterialBalance.complete(2020, p);
        assertThat(r).isEmpty();
    }
}
