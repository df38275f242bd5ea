package be.cambium.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import be.cambium.unit.Unit;
import be.cambium.unit.UnitMismatchException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelledArrayTest {

    static final Dimension MATERIAL = Dimension.of("material", "MF1", "MF2", "MF3");
    static final YearRange YEARS = YearRange.of(2019, 2020);
    static final Dimension REGION = Dimension.of("region", "BE1", "BE2");

    /** material x year, values 1..6 row-major: MF1 2019=1, MF1 2020=2, MF2 2019=3, ... */
    static LabelledArray materialYear() {
        return LabelledArray.of(Axes.of(MATERIAL, YEARS), Unit.TONNE, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void ofCopiesValuesInAndOut() {
        double[] v = {1, 2, 3, 4, 5, 6};
        LabelledArray a = LabelledArray.of(Axes.of(MATERIAL, YEARS), Unit.TONNE, v);
        v[0] = 99;
        assertThat(a.get("MF1", "2019")).isEqualTo(1);
        a.values()[0] = 99;
        assertThat(a.get("MF1", "2019")).isEqualTo(1);
    }

    @Test
    void ofRejectsWrongNumberOfValues() {
        assertThatThrownBy(() -> LabelledArray.of(Axes.of(MATERIAL, YEARS), Unit.TONNE, 1, 2, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("6 cells but 3 values");
    }

    @Test
    void getByItemsByMapAndByPositions() {
        LabelledArray a = materialYear();
        assertThat(a.get("MF2", "2020")).isEqualTo(4);
        assertThat(a.get(Map.of("year", "2020", "material", "MF3"))).isEqualTo(6);
        assertThat(a.at(0, 1)).isEqualTo(2);
        assertThat(a.quantity("MF1", "2019").unit()).isEqualTo(Unit.TONNE);
    }

    @Test
    void getWithUnknownItemNamesDimensionAndItem() {
        assertThatThrownBy(() -> materialYear().get("MF9", "2020"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'MF9'").hasMessageContaining("'material'");
        assertThatThrownBy(() -> materialYear().get("MF1", "1990"))
                .hasMessageContaining("'1990'").hasMessageContaining("'year'");
        assertThatThrownBy(() -> materialYear().get("MF1"))
                .hasMessageContaining("expected 2 item codes");
        assertThatThrownBy(() -> materialYear().get(Map.of("material", "MF1", "geo", "BE")))
                .hasMessageContaining("no item for [year]").hasMessageContaining("unknown dimension(s) [geo]");
    }

    @Test
    void builderStartsMissingAndSetsByCodes() {
        LabelledArray a = LabelledArray.builder(Axes.of(MATERIAL, YEARS), Unit.KILOTONNE)
                .set(5, "MF1", "2019")
                .set(7, Map.of("material", "MF3", "year", "2020"))
                .add(1, "MF2", "2019").add(2, "MF2", "2019")
                .build();
        assertThat(a.get("MF1", "2019")).isEqualTo(5);
        assertThat(a.get("MF3", "2020")).isEqualTo(7);
        assertThat(a.get("MF2", "2019")).isEqualTo(3);
        assertThat(a.isMissing("MF1", "2020")).isTrue();
        assertThat(a.missingCount()).isEqualTo(3);
        assertThat(a.missingCells()).containsExactly(List.of("MF1", "2020"), List.of("MF2", "2020"), List.of("MF3", "2019"));
        assertThat(a.hasMissing()).isTrue();
        assertThat(a.fillMissing(0).hasMissing()).isFalse();
        assertThat(LabelledArray.builder(Axes.of(MATERIAL), Unit.TONNE).fill(0).build().hasMissing()).isFalse();
    }

    @Test
    void zerosFilledScalar() {
        assertThat(LabelledArray.zeros(Axes.of(MATERIAL), Unit.TONNE).sumAll()).isZero();
        assertThat(LabelledArray.filled(Axes.of(MATERIAL, YEARS), Unit.TONNE, 2).sumAll()).isEqualTo(12);
        LabelledArray s = LabelledArray.scalar(3, Unit.TONNE);
        assertThat(s.size()).isEqualTo(1);
        assertThat(s.get()).isEqualTo(3);
    }

    @Test
    void sumOverSumToSumAll() {
        LabelledArray a = materialYear();
        LabelledArray byYear = a.sumOver("material");
        assertThat(byYear.axes().names()).containsExactly("year");
        assertThat(byYear.get("2019")).isEqualTo(1 + 3 + 5);
        assertThat(byYear.get("2020")).isEqualTo(2 + 4 + 6);
        assertThat(byYear.unit()).isEqualTo(Unit.TONNE);
        LabelledArray byMaterial = a.sumOver("year");
        assertThat(byMaterial.get("MF2")).isEqualTo(7);
        assertThat(a.sumAll()).isEqualTo(21);
        assertThat(a.total().value()).isEqualTo(21);
        assertThat(a.sumOver("material", "year").get()).isEqualTo(21);
        assertThat(a.sumTo("year")).isEqualTo(byYear);
    }

    @Test
    void sumToReordersToTheGivenOrder() {
        LabelledArray a = LabelledArray.of(Axes.of(REGION, MATERIAL, YEARS), Unit.TONNE,
                1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        LabelledArray t = a.sumTo("year", "region");
        assertThat(t.axes().names()).containsExactly("year", "region");
        assertThat(t.get("2019", "BE1")).isEqualTo(1 + 3 + 5);
        assertThat(t.get("2020", "BE2")).isEqualTo(8 + 10 + 12);
    }

    @Test
    void sumOverUnknownDimensionThrows() {
        assertThatThrownBy(() -> materialYear().sumOver("partner"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no dimension 'partner' in axes [material, year]");
    }

    @Test
    void missingStaysMissingInSums() {
        LabelledArray a = LabelledArray.builder(Axes.of(MATERIAL), Unit.TONNE).set(1, "MF1").set(2, "MF2").build();
        assertThat(a.sumAll()).isNaN();
        assertThat(a.times(2).isMissing("MF3")).isTrue();
    }

    @Test
    void selectDropsTheDimension() {
        LabelledArray mf2 = materialYear().select("material", "MF2");
        assertThat(mf2.axes().names()).containsExactly("year");
        assertThat(mf2.values()).containsExactly(3, 4);
        LabelledArray y2020 = materialYear().select("year", "2020");
        assertThat(y2020.values()).containsExactly(2, 4, 6);
        assertThat(materialYear().select(Map.of("material", "MF3", "year", "2019")).get()).isEqualTo(5);
        assertThatThrownBy(() -> materialYear().select("material", "MF7"))
                .hasMessageContaining("item 'MF7' is not in dimension 'material'");
    }

    @Test
    void sliceKeepsTheDimensionWithTheGivenItems() {
        LabelledArray s = materialYear().slice("material", "MF3", "MF1");
        assertThat(s.axes().dimension("material").items()).containsExactly("MF3", "MF1");
        assertThat(s.values()).containsExactly(5, 6, 1, 2);
        LabelledArray y = materialYear().slice("year", "2020");
        assertThat(y.axes().dimension("year")).isEqualTo(YearRange.of(2020, 2020));
        assertThatThrownBy(() -> materialYear().slice("material", "MF1", "MF8"))
                .hasMessageContaining("dimension 'material' has no item(s) [MF8]");
    }

    @Test
    void alignToReordersDimensionsAndItems() {
        Axes target = Axes.of(YEARS, Dimension.of("material", "MF3", "MF2", "MF1"));
        LabelledArray a = materialYear().alignTo(target);
        assertThat(a.axes()).isEqualTo(target);
        assertThat(a.values()).containsExactly(5, 3, 1, 6, 4, 2);
        assertThat(a.alignTo(materialYear().axes())).isEqualTo(materialYear());
    }

    @Test
    void alignToMissingItemsThrowOrFillByExplicitPolicy() {
        Axes target = Axes.of(Dimension.of("material", "MF1", "MF4"), YEARS);
        assertThatThrownBy(() -> materialYear().alignTo(target))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dimension 'material': target items [MF4] are not in this array's [MF1, MF2, MF3]");
        LabelledArray filled = materialYear().alignTo(target, AlignPolicy.FILL_NAN);
        assertThat(filled.get("MF1", "2020")).isEqualTo(2);
        assertThat(filled.isMissing("MF4", "2019")).isTrue();
        assertThat(filled.missingCount()).isEqualTo(2);
    }

    @Test
    void alignToNeedsTheSameDimensionNames() {
        assertThatThrownBy(() -> materialYear().alignTo(Axes.of(MATERIAL)))
                .hasMessageContaining("alignTo needs the same dimensions: this array has [material, year], target has [material]");
    }

    @Test
    void transposeReordersDimensions() {
        LabelledArray t = materialYear().transpose("year", "material");
        assertThat(t.get("2020", "MF2")).isEqualTo(4);
        assertThatThrownBy(() -> materialYear().transpose("year")).hasMessageContaining("must name every dimension");
    }

    @Test
    void broadcastToRepeatsAlongNewDimensions() {
        LabelledArray perYear = LabelledArray.of(Axes.of(YEARS), Unit.TONNE, 10, 20);
        LabelledArray b = perYear.broadcastTo(Axes.of(MATERIAL, YEARS));
        assertThat(b.values()).containsExactly(10, 20, 10, 20, 10, 20);
        assertThatThrownBy(() -> materialYear().broadcastTo(Axes.of(YEARS, REGION)))
                .hasMessageContaining("dimension 'material' is not in the target");
        assertThatThrownBy(() -> perYear.broadcastTo(Axes.of(YearRange.of(2019, 2021))))
                .hasMessageContaining("dimension 'year': left has [2019, 2020], right has [2019, 2020, 2021]");
    }

    @Test
    void plusConvertsTheRightOperandToTheLeftUnit() {
        LabelledArray t = LabelledArray.of(Axes.of(YEARS), Unit.TONNE, 1000, 2000);
        LabelledArray kt = LabelledArray.of(Axes.of(YEARS), Unit.KILOTONNE, 1, 2);
        LabelledArray sum = t.plus(kt);
        assertThat(sum.unit()).isEqualTo(Unit.TONNE);
        assertThat(sum.values()).containsExactly(2000, 4000);
        assertThat(kt.minus(t).values()).containsExactly(0, 0);
        assertThat(kt.minus(t).unit()).isEqualTo(Unit.KILOTONNE);
    }

    @Test
    void plusWithIncompatibleUnitsNamesBoth() {
        LabelledArray t = LabelledArray.of(Axes.of(YEARS), Unit.TONNE, 1, 2);
        LabelledArray eur = LabelledArray.of(Axes.of(YEARS), Unit.MEUR_2015, 1, 2);
        assertThatThrownBy(() -> t.plus(eur)).isInstanceOf(UnitMismatchException.class)
                .hasMessage("cannot add values in t (mass) and MEUR_2015 (money[EUR 2015]): units do not match");
        LabelledArray cur = LabelledArray.of(Axes.of(YEARS), Unit.MEUR_CURRENT, 1, 2);
        assertThatThrownBy(() -> cur.minus(eur)).isInstanceOf(UnitMismatchException.class)
                .hasMessageContaining("MEUR_CURRENT").hasMessageContaining("MEUR_2015");
    }

    @Test
    void timesAndDividedByMultiplyUnitsAndBroadcastByName() {
        LabelledArray output = LabelledArray.of(Axes.of(REGION, YEARS), Unit.MEUR_2015, 10, 20, 30, 40);
        LabelledArray intensity = LabelledArray.of(Axes.of(MATERIAL, REGION), Unit.parse("t/MEUR_2015"), 1, 2, 3, 4, 5, 6);
        LabelledArray flows = intensity.times(output);
        assertThat(flows.unit()).isEqualTo(Unit.TONNE);
        assertThat(flows.axes().names()).containsExactly("material", "region", "year");
        assertThat(flows.get("MF2", "BE2", "2020")).isEqualTo(4 * 40);
        assertThat(flows.get("MF1", "BE1", "2019")).isEqualTo(1 * 10);
        LabelledArray back = flows.dividedBy(output);
        assertThat(back.unit()).isEqualTo(Unit.parse("t/MEUR_2015"));
        assertThat(back.sumOver("year").get("MF3", "BE2")).isEqualTo(12);
    }

    @Test
    void mismatchedItemsOnASharedDimensionNameBothSides() {
        LabelledArray left = LabelledArray.of(Axes.of(Dimension.of("material", "MF1", "MF2")), Unit.TONNE, 1, 2);
        LabelledArray right = LabelledArray.of(Axes.of(Dimension.of("material", "MF1", "MF3")), Unit.TONNE, 1, 2);
        assertThatThrownBy(() -> left.plus(right)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dimension 'material': left has [MF1, MF2], right has [MF1, MF3]; only-left [MF2], only-right [MF3]");
        assertThatThrownBy(() -> left.times(right)).hasMessageContaining("only-left [MF2], only-right [MF3]");
        LabelledArray reordered = LabelledArray.of(Axes.of(Dimension.of("material", "MF2", "MF1")), Unit.TONNE, 1, 2);
        assertThatThrownBy(() -> left.minus(reordered))
                .hasMessageContaining("same items in a different order (re-order explicitly with alignTo)");
    }

    @Test
    void scalarTimesQuantityAndTo() {
        LabelledArray a = materialYear();
        assertThat(a.times(2).get("MF3", "2020")).isEqualTo(12);
        assertThat(a.dividedBy(2).get("MF3", "2020")).isEqualTo(3);
        assertThat(a.times(be.cambium.unit.Quantity.of(2, "kg/t")).unit()).isEqualTo(Unit.parse("kg"));
        LabelledArray kt = a.to(Unit.KILOTONNE);
        assertThat(kt.get("MF3", "2020")).isCloseTo(0.006, within(1e-15));
        assertThat(kt.unit()).isEqualTo(Unit.KILOTONNE);
        assertThatThrownBy(() -> a.to(Unit.MEUR_2015)).isInstanceOf(UnitMismatchException.class);
    }

    @Test
    void renameKeepsValues() {
        LabelledArray r = materialYear().rename("year", "cohort");
        assertThat(r.axes().names()).containsExactly("material", "cohort");
        assertThat(r.axes().dimension("cohort")).isEqualTo(YearRange.of("cohort", 2019, 2020));
        assertThat(r.values()).containsExactly(materialYear().values());
        assertThatThrownBy(() -> materialYear().rename("year", "material")).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> materialYear().rename("geo", "x")).hasMessageContaining("no dimension 'geo'");
    }

    @Test
    void mapKeepsOrChangesTheUnit() {
        assertThat(materialYear().map(Math::sqrt).unit()).isEqualTo(Unit.TONNE);
        assertThat(materialYear().map(v -> v / 100, Unit.DIMENSIONLESS).unit()).isEqualTo(Unit.DIMENSIONLESS);
    }

    @Test
    void isCloseToComparesInCompatibleUnits() {
        LabelledArray t = LabelledArray.of(Axes.of(YEARS), Unit.TONNE, 1000, Double.NaN);
        LabelledArray kt = LabelledArray.of(Axes.of(YEARS), Unit.KILOTONNE, 1.0000001, Double.NaN);
        assertThat(t.isCloseTo(kt, 1e-6, 0)).isTrue();
        assertThat(t.isCloseTo(kt, 1e-9, 0)).isFalse();
    }

    @Test
    void toStringIsReadable() {
        String s = LabelledArray.builder(Axes.of(MATERIAL, YEARS), Unit.TONNE).fill(1.5).set(Double.NaN, "MF2", "2020").build()
                .toString();
        assertThat(s).startsWith("LabelledArray (material(3) × year[2019..2020]) in t, 6 cells, 1 missing\n")
                .contains("  MF1 2019 = 1.5\n").contains("  MF2 2020 = missing");
    }

    @Test
    void equalsAndToMap() {
        assertThat(materialYear()).isEqualTo(materialYear()).hasSameHashCodeAs(materialYear());
        assertThat(materialYear()).isNotEqualTo(materialYear().times(2));
        assertThat(materialYear().toMap()).containsEntry(List.of("MF2", "2019"), 3.0).hasSize(6);
    }
}
