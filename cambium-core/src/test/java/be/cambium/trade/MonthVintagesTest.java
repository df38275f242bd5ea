package be.cambium.trade;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MonthVintagesTest {

    static TradeCell cell(YearMonth m, String partner, double value) {
        return new TradeCell("BE", "magnets", Flow.IMPORT, m, partner, value, value / 10);
    }

    static final YearMonth DEC = YearMonth.of(2022, 12);
    static final YearMonth JAN = YearMonth.of(2023, 1);

    @Test
    void aMonthInTwoFilesIsTakenFromTheLaterFileWithAWarning() {
        MonthVintages.Merged m = MonthVintages.merge(List.of(
                new MonthVintages.FileCells("a.dat", List.of(cell(DEC, "CN", 1000), cell(JAN, "CN", 600), cell(JAN, "DE", 300)),
                        List.of(202212, 202301)),
                new MonthVintages.FileCells("b.dat", List.of(cell(JAN, "CN", 500), cell(JAN, "JP", 500)), List.of(202301))), 0, 0);
        assertThat(m.cells()).containsExactly(cell(DEC, "CN", 1000), cell(JAN, "CN", 500), cell(JAN, "JP", 500));
        assertThat(m.months()).containsExactly(DEC, JAN);
        assertThat(m.report().issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo("MONITOR_MONTH_TWICE");
            assertThat(i.isError()).isFalse();
            assertThat(i.message()).contains("month 202301", "a.dat", "b.dat", "later file");
            assertThat(i.location().file()).isEqualTo("b.dat");
        });
    }

    @Test
    void monthsOutsideTheRangeAreNotCoveredAndTheirCellsDropped() {
        MonthVintages.Merged m = MonthVintages.merge(List.of(
                new MonthVintages.FileCells("a.dat", List.of(cell(DEC, "CN", 1000), cell(JAN, "CN", 600)), List.of(202212, 202301)),
                new MonthVintages.FileCells("b.dat", List.of(cell(DEC, "CN", 7)), List.of(202212))), 202301, 0);
        assertThat(m.months()).containsExactly(JAN);
        assertThat(m.cells()).containsExactly(cell(JAN, "CN", 600));
        assertThat(m.report().isEmpty()).as("a month outside the range in two files is no conflict").isTrue();
    }

    @Test
    void aMonthWithoutCellsIsStillCovered() {
        MonthVintages.Merged m = MonthVintages.merge(List.of(new MonthVintages.FileCells("a.dat", List.of(), List.of(202301))), 0, 0);
        assertThat(m.months()).containsExactly(JAN);
        assertThat(m.cells()).isEmpty();
    }
}
