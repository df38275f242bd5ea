package be.cambium.bench.trade;

import be.cambium.io.comext.BasketAggregator;
import be.cambium.io.comext.BasketCode;
import be.cambium.io.comext.ComextReader;
import be.cambium.io.comext.TradeBaskets;
import be.cambium.trade.Flow;
import be.cambium.trade.TradeIndicatorCalculator;
import be.cambium.trade.TradeIndicatorResult;
import be.cambium.trade.TradeInput;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A generated month: the engine's value, HHI, extra-EU HHI, top-1 share and confidential share for every
 * BE basket and flow equal the same quantities written as plain DuckDB SQL over the same rows.
 */
class TradeIndicatorSqlCheckTest {

    @Test
    void indicatorsEqualPlainSql(@TempDir Path dir) throws Exception {
        TradeBaskets baskets = TradeBaskets.bundled();
        YearMonth month = YearMonth.of(2024, 3);
        Path file = dir.resolve("full_v2_202403.dat");
        ComextFixtureGenerator.writeBulkMonth(file, 60_000, month, 3L, baskets);
        BasketAggregator agg = new BasketAggregator(baskets);
        ComextReader.read(file, Set.of("BE"), agg);
        TradeIndicatorResult r = TradeIndicatorCalculator.compute(TradeInput.of(agg.cells(), new TreeSet<>(Set.of(month)),
                baskets.labels(), Map.of()));

        String extraEu = "('AT','BE','BG','CY','CZ','DE','DK','EE','ES','FI','FR','GR','HR','HU','IE','IT','LT','LU','LV',"
                + "'MT','NL','PL','PT','RO','SE','SI','SK')";
        String sql = "WITH rows AS (SELECT b.basket, r.FLOW AS flow, r.PARTNER AS partner, r.VALUE_EUR AS v "
                + "FROM read_csv('" + file.toAbsolutePath() + "', header = true, all_varchar = true) r "
                + "JOIN basket_code b ON r.PRODUCT_NC = b.cn8 AND 2024 BETWEEN b.valid_from AND b.valid_to "
                + "WHERE r.REPORTER = 'BE'), "
                + "p AS (SELECT basket, flow, partner, sum(CAST(v AS DOUBLE)) AS v FROM rows GROUP BY ALL), "
                + "countries AS (SELECT * FROM p WHERE partner NOT LIKE 'Q%'), "
                + "tot AS (SELECT basket, flow, sum(v) AS t FROM countries GROUP BY ALL), "
                + "ext AS (SELECT basket, flow, sum(v) AS t FROM countries WHERE partner NOT IN " + extraEu + " GROUP BY ALL) "
                + "SELECT c.basket, c.flow, "
                + "(SELECT sum(v) FROM p WHERE p.basket = c.basket AND p.flow = c.flow) AS value_eur, "
                + "sum((c.v / t.t) * (c.v / t.t)) AS hhi, max(c.v / t.t) AS top1, "
                + "(SELECT sum((x.v / e.t) * (x.v / e.t)) FROM countries x JOIN ext e USING (basket, flow) "
                + " WHERE x.basket = c.basket AND x.flow = c.flow AND x.partner NOT IN " + extraEu + ") AS hhi_extra, "
                + "(SELECT coalesce(sum(v), 0) FROM p WHERE p.basket = c.basket AND p.flow = c.flow AND p.partner IN ('QY','QZ','QX')) AS conf "
                + "FROM countries c JOIN tot t USING (basket, flow) GROUP BY c.basket, c.flow";
        int checked = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMP TABLE basket_code (basket VARCHAR, cn8 VARCHAR, valid_from INTEGER, valid_to INTEGER)");
            }
            try (DuckDBAppender app = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", "basket_code")) {
                for (BasketCode b : baskets.codes()) {
                    app.beginRow().append(b.basket()).append(b.cn8()).append(b.validFrom() == null ? 0 : b.validFrom())
                            .append(b.validTo() == null ? 9999 : b.validTo()).endRow();
                }
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    String basket = rs.getString(1);
                    Flow flow = Flow.ofComext(Integer.parseInt(rs.getString(2)));
                    double value = rs.getDouble(3);
                    assertThat(r.value("BE", basket, flow, month, "value_eur")).as(basket).isCloseTo(value, within(1e-6 * value));
                    assertThat(r.value("BE", basket, flow, month, "hhi")).as(basket).isCloseTo(rs.getDouble(4), within(1e-12));
                    assertThat(r.value("BE", basket, flow, month, "top1_share")).isCloseTo(rs.getDouble(5), within(1e-12));
                    assertThat(r.value("BE", basket, flow, month, "hhi_extra_eu")).isCloseTo(rs.getDouble(6), within(1e-12));
                    double conf = rs.getDouble(7);
                    if (conf > 0) {
                        assertThat(r.find("BE", basket, flow, month, "hhi").flags())
                                .contains(String.format(java.util.Locale.ROOT, "confidential_share=%.4f", conf / value));
                    }
                    checked++;
                    seen.add(basket + "|" + flow);
                }
            }
        }
        assertThat(checked).isGreaterThan(15);
        for (String b : baskets.labels().keySet()) {
            for (Flow f : Flow.values()) {
                if (!seen.contains(b + "|" + f)) { // no BE row with a country partner: no trade or only confidential
                    assertThat(r.value("BE", b, f, month, "hhi")).isNaN();
                }
            }
        }
    }
}
