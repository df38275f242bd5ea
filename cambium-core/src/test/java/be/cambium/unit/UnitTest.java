package be.cambium.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitTest {

    @ParameterizedTest
    @ValueSource(strings = {"kt", "t/MEUR_2015", "kg/MW", "t/cap", "MEUR_CURRENT", "1", "%", "t^2", "1/cap", "t*cap/MEUR_2015/MW",
        "EUR_CLV2015", "kUSD_PPS", "GWh/cap", "count", "ktoe"})
    void parseAndPrintRoundTrip(String text) {
        Unit u = Unit.parse(text);
        assertThat(u.toString()).isEqualTo(text);
        assertThat(Unit.parse(u.toString())).isEqualTo(u);
    }

    @Test
    void constantsMatchTheirSymbols() {
        assertThat(Unit.parse("kt")).isEqualTo(Unit.KILOTONNE);
        assertThat(Unit.parse("t")).isEqualTo(Unit.TONNE);
        assertThat(Unit.parse("kg/MW")).isEqualTo(Unit.KG_PER_MW);
        assertThat(Unit.parse("t/cap")).isEqualTo(Unit.T_PER_CAPITA);
        assertThat(Unit.parse("MEUR_CURRENT")).isEqualTo(Unit.MEUR_CURRENT);
        assertThat(Unit.parse("1")).isSameAs(Unit.DIMENSIONLESS);
        assertThat(Unit.DIMENSIONLESS).hasToString("1");
        assertThat(Unit.T_PER_MEUR_CURRENT).hasToString("t/MEUR_CURRENT");
    }

    @Test
    void parseAcceptsSpacesAndEquivalentForms() {
        assertThat(Unit.parse(" t / cap ")).isEqualTo(Unit.T_PER_CAPITA);
        assertThat(Unit.parse("t*cap^-1")).isEqualTo(Unit.T_PER_CAPITA);
        assertThat(Unit.parse("t*t")).isEqualTo(Unit.parse("t^2"));
        assertThat(Unit.parse("t/t")).isEqualTo(Unit.DIMENSIONLESS);
        assertThat(Unit.parse("cap*t")).isEqualTo(Unit.parse("t*cap"));
    }

    @Test
    void unknownAtomsAndMalformedUnitsAreNamed() {
        assertThatThrownBy(() -> Unit.parse("tonnes")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown unit 'tonnes'; known: g kg t kt Mt");
        assertThatThrownBy(() -> Unit.parse("t/MXYZ")).hasMessageStartingWith("unknown unit 'MXYZ'");
        assertThatThrownBy(() -> Unit.parse("MEUR_15")).hasMessageStartingWith("unknown unit 'MEUR_15'");
        assertThatThrownBy(() -> Unit.parse("")).hasMessage("empty unit");
        assertThatThrownBy(() -> Unit.parse("t/")).hasMessage("malformed unit 't/': empty term at position 3");
        assertThatThrownBy(() -> Unit.parse("1^2")).hasMessage("malformed unit '1^2': '1' takes no exponent");
    }

    @Test
    void moneyWithTwoPriceBasesThrows() {
        assertThatThrownBy(() -> Unit.parse("MEUR_2015/MEUR_CURRENT")).isInstanceOf(UnitMismatchException.class)
                .hasMessageContaining("EUR_2015").hasMessageContaining("MEUR_CURRENT");
        assertThatThrownBy(() -> Unit.MEUR_2015.times(Unit.MEUR_CURRENT)).isInstanceOf(UnitMismatchException.class);
        assertThatThrownBy(() -> Unit.parse("MEUR_2015*MUSD_2015")).isInstanceOf(UnitMismatchException.class)
                .hasMessageContaining("different currencies or price bases");
        // the same basis at two scales cancels to a pure number
        Unit ratio = Unit.parse("MEUR_2015/kEUR_2015");
        assertThat(ratio.isDimensionless()).isTrue();
        assertThat(ratio.conversionFactorTo(Unit.DIMENSIONLESS)).isEqualTo(1000);
        assertThat(ratio.currency()).isEmpty();
        // but its atoms still carry the basis, so it cannot meet money of another basis
        assertThatThrownBy(() -> ratio.times(Unit.MEUR_CURRENT)).isInstanceOf(UnitMismatchException.class);
    }

    @Test
    void currentAndConstantPricesAreIncompatible() {
        assertThat(Unit.MEUR_2015.isCompatibleWith(Unit.MEUR_CURRENT)).isFalse();
        assertThatThrownBy(() -> Unit.MEUR_2015.conversionFactorTo(Unit.MEUR_CURRENT))
                .isInstanceOf(UnitMismatchException.class)
                .hasMessage("units do not match: MEUR_2015 (money[EUR 2015]) vs MEUR_CURRENT (money[EUR current])");
        assertThatThrownBy(() -> Quantity.of(1, "MEUR_2015").plus(Quantity.of(1, "MEUR_CURRENT")))
                .isInstanceOf(UnitMismatchException.class);
        assertThat(Unit.parse("t/MEUR_2015").isCompatibleWith(Unit.parse("kg/EUR_2015"))).isTrue();
        assertThat(Unit.parse("t/MEUR_2015").isCompatibleWith(Unit.parse("kg/EUR_CURRENT"))).isFalse();
    }

    @Test
    void conversionFactors() {
        assertThat(Unit.KILOTONNE.conversionFactorTo(Unit.TONNE)).isEqualTo(1000);
        assertThat(Unit.MEGATONNE.convert(2.5, Unit.KILOTONNE)).isCloseTo(2500, within(1e-9));
        assertThat(Unit.parse("t/MEUR_2015").convert(1, Unit.parse("kg/EUR_2015"))).isCloseTo(1e-3, within(1e-15));
        assertThat(Unit.parse("ktoe").convert(1, Unit.GIGAJOULE)).isCloseTo(41868, within(1e-9));
        assertThat(Unit.parse("MWh").convert(1, Unit.GIGAJOULE)).isCloseTo(3.6, within(1e-12));
        assertThat(Unit.PERCENT.convert(50, Unit.DIMENSIONLESS)).isCloseTo(0.5, within(1e-15));
        assertThat(Unit.KG_PER_MW.conversionFactorTo(Unit.parse("t/GW"))).isCloseTo(1, within(1e-12));
        assertThat(Unit.TONNE.convert(7, Unit.TONNE)).isEqualTo(7);
        assertThatThrownBy(() -> Unit.TONNE.convert(1, Unit.MEGAWATT)).isInstanceOf(UnitMismatchException.class)
                .hasMessage("units do not match: t (mass) vs MW (power)");
        assertThatThrownBy(() -> Unit.parse("MWh").convert(1, Unit.MEGAWATT)).isInstanceOf(UnitMismatchException.class);
    }

    @Test
    void algebra() {
        assertThat(Unit.parse("t/MEUR_2015").times(Unit.MEUR_2015)).isEqualTo(Unit.TONNE);
        assertThat(Unit.TONNE.dividedBy(Unit.PERSONS)).isEqualTo(Unit.T_PER_CAPITA);
        assertThat(Unit.PERSONS.inverse()).hasToString("1/cap");
        assertThat(Unit.TONNE.pow(3)).hasToString("t^3");
        assertThat(Unit.TONNE.pow(0)).isEqualTo(Unit.DIMENSIONLESS);
        assertThat(Unit.T_PER_CAPITA.dimensions()).containsExactly(1, 0, -1, 0, 0, 0);
        assertThat(Unit.T_PER_CAPITA.exponent(Unit.PERSON)).isEqualTo(-1);
        assertThat(Unit.KILOTONNE.toBase()).isEqualTo(1e6);
        assertThat(Unit.KILOTONNE.isMass()).isTrue();
        assertThat(Unit.T_PER_CAPITA.isMass()).isFalse();
        assertThat(Unit.MEUR_2015.currency()).isEqualTo("EUR");
        assertThat(Unit.MEUR_2015.priceBasis()).isEqualTo("2015");
        assertThat(Unit.TONNE.currency()).isEmpty();
        assertThat(Unit.parse("t/MEUR_2015").describe()).isEqualTo("mass/money[EUR 2015]");
        assertThat(Unit.DIMENSIONLESS.describe()).isEqualTo("dimensionless");
        assertThat(Unit.parse("t^2/cap^2").describe()).isEqualTo("mass^2/persons^2");
        int[] dims = Unit.TONNE.dimensions();
        dims[0] = 9;
        assertThat(Unit.TONNE.exponent(Unit.MASS)).isEqualTo(1);
    }

    @Test
    void quantity() {
        Quantity q = Quantity.of(2, "kt");
        assertThat(q.to(Unit.TONNE).value()).isEqualTo(2000);
        assertThat(q.plus(Quantity.of(500, "t")).value()).isCloseTo(2.5, within(1e-12));
        assertThat(q.plus(Quantity.of(500, "t")).unit()).isEqualTo(Unit.KILOTONNE);
        assertThat(q.times(Quantity.of(3, "1/cap")).unit()).isEqualTo(Unit.parse("kt/cap"));
        assertThat(q.dividedBy(Quantity.of(4, "MEUR_2015"))).isEqualTo(new Quantity(0.5, Unit.parse("kt/MEUR_2015")));
        assertThat(q).hasToString("2.0 kt");
        assertThatThrownBy(() -> q.plus(Quantity.of(1, "MW"))).isInstanceOf(UnitMismatchException.class);
    }
}
