package be.cambium.io.comext;

import be.cambium.trade.Flow;
import be.cambium.trade.TradeCell;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The Comext part of the DuckDB workspace ({@code cambium.duckdb}). Each imported file is a vintage
 * (file name, SHA-256, import time, rows); rows keep their vintage. When a month is present in
 * several vintages for a reporter, the newest vintage is current (view {@code comext_current}) and the
 * older rows stay in {@code comext_row}. An import is one transaction: a file with any error leaves
 * nothing behind. A file whose checksum is already in the store is not imported again.
 */
public final class ComextStore implements AutoCloseable {

    /** One imported file. */
    public record Vintage(int id, String fileName, String sha256, Instant importedAt, long rows, String layout) {
    }

    /** What an import did: the vintage (null when nothing was stored), the reader's summary and report. */
    public record ImportResult(@org.jspecify.annotations.Nullable Vintage vintage, boolean alreadyImported,
                               ComextReader.@org.jspecify.annotations.Nullable Summary summary,
                               ValidationReport report) {
    }

    private final DuckDBConnection conn;

    private ComextStore(DuckDBConnection conn) throws SQLException {
        this.conn = conn;
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS comext_vintage (vintage_id INTEGER PRIMARY KEY, file_name VARCHAR NOT NULL, "
                    + "sha256 VARCHAR NOT NULL, imported_at TIMESTAMP NOT NULL, rows BIGINT NOT NULL, layout VARCHAR)");
            s.execute("CREATE TABLE IF NOT EXISTS comext_vintage_period (vintage_id INTEGER NOT NULL, reporter VARCHAR NOT NULL, "
                    + "period INTEGER NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS comext_row (vintage_id INTEGER NOT NULL, reporter VARCHAR NOT NULL, "
                    + "partner VARCHAR NOT NULL, trade_type VARCHAR, product_nc VARCHAR NOT NULL, flow TINYINT NOT NULL, "
                    + "stat_procedure SMALLINT, period INTEGER NOT NULL, value_eur DOUBLE, quantity_kg DOUBLE, "
                    + "quantity_suppl_unit DOUBLE)");
            s.execute("CREATE OR REPLACE VIEW comext_current AS SELECT r.* FROM comext_row r JOIN "
                    + "(SELECT reporter, period, max(vintage_id) AS vintage_id FROM comext_vintage_period GROUP BY reporter, period) w "
                    + "ON r.reporter = w.reporter AND r.period = w.period AND r.vintage_id = w.vintage_id");
        }
    }

    /** Opens (or creates) the DuckDB database file. */
    public static ComextStore open(Path dbFile) throws SQLException, IOException {
        Path parent = dbFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Connection c = DriverManager.getConnection("jdbc:duckdb:" + dbFile.toAbsolutePath());
        return new ComextStore(c.unwrap(DuckDBConnection.class));
    }

    /** The JDBC connection (for SQL beside the store, e.g. the benchmark). */
    public Connection connection() {
        return conn;
    }

    /**
     * Imports one file, keeping only {@code reporters} (empty = all). Nothing is stored when the
     * reader reports an error.
     */
    public ImportResult importFile(Path file, Collection<String> reporters, Instant importedAt) throws IOException, SQLException {
        String sha = ComextReader.sha256(file);
        try (PreparedStatement ps = conn.prepareStatement("SELECT vintage_id, file_name, sha256, imported_at, rows, layout FROM comext_vintage WHERE sha256 = ?")) {
            ps.setString(1, sha);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    Vintage v = vintage(rs);
                    return new ImportResult(v, true, null, ValidationReport.builder().info("COMEXT_ALREADY_IMPORTED",
                            "file already imported as vintage " + v.id() + " (" + v.fileName() + ", " + v.importedAt() + ")",
                            Location.file(file.getFileName().toString())).build());
                }
            }
        }
        int id;
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(vintage_id), 0) + 1 FROM comext_vintage")) {
            rs.next();
            id = rs.getInt(1);
        }
        // rows go to a staging table first; only a clean file is moved into comext_row, in one transaction
        try (Statement st = conn.createStatement()) {
            st.execute("CREATE OR REPLACE TEMP TABLE comext_staging AS SELECT * FROM comext_row LIMIT 0");
        }
        try {
            Set<Long> reporterPeriods = new HashSet<>();
            List<String> reporterNames = new ArrayList<>();
            ComextReader.Summary summary;
            try (DuckDBAppender app = conn.createAppender("temp", "main", "comext_staging")) {
                SQLException[] failure = new SQLException[1];
                summary = ComextReader.read(file, reporters, (rep, partner, tt, product, productText, flow, sp, period, v, kg, su) -> {
                    if (failure[0] != null) {
                        return;
                    }
                    try {
                        app.beginRow().append(id).append(rep).append(partner).append(String.valueOf(tt))
                                .append(product >= 0 ? cn8(product) : productText)
                                .append((byte) flow);
                        if (sp >= 0) {
                            app.append((short) sp);
                        } else {
                            app.appendNull();
                        }
                        app.append(period);
                        appendDouble(app, v);
                        appendDouble(app, kg);
                        appendDouble(app, su);
                        app.endRow();
                        int ri = reporterNames.indexOf(rep);
                        if (ri < 0) {
                            reporterNames.add(rep);
                            ri = reporterNames.size() - 1;
                        }
                        reporterPeriods.add(((long) ri << 32) | period);
                    } catch (SQLException e) {
                        failure[0] = e;
                    }
                });
                if (failure[0] != null) {
                    throw failure[0];
                }
                app.flush();
            }
            if (summary.report().hasErrors()) {
                return new ImportResult(null, false, summary, summary.report());
            }
            Instant at = importedAt;
            conn.setAutoCommit(false);
            try (Statement st = conn.createStatement()) {
                st.execute("INSERT INTO comext_row SELECT * FROM comext_staging");
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO comext_vintage VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setInt(1, id);
                ps.setString(2, file.getFileName().toString());
                ps.setString(3, sha);
                ps.setTimestamp(4, Timestamp.from(at));
                ps.setLong(5, summary.rowsKept());
                ps.setString(6, summary.layout());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO comext_vintage_period VALUES (?, ?, ?)")) {
                for (long rp : reporterPeriods) {
                    ps.setInt(1, id);
                    ps.setString(2, reporterNames.get((int) (rp >>> 32)));
                    ps.setInt(3, (int) rp);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            conn.commit();
            return new ImportResult(new Vintage(id, file.getFileName().toString(), sha, at, summary.rowsKept(), summary.layout()),
                    false, summary, summary.report());
        } catch (SQLException | IOException | RuntimeException e) {
            if (!conn.getAutoCommit()) {
                conn.rollback();
            }
            throw e;
        } finally {
            conn.setAutoCommit(true);
            try (Statement st = conn.createStatement()) {
                st.execute("DROP TABLE IF EXISTS temp.main.comext_staging");
            }
        }
    }

    private static String cn8(int code) {
        String d = Integer.toString(code);
        return d.length() >= 8 ? d : "00000000".substring(d.length()) + d;
    }

    private static void appendDouble(DuckDBAppender app, double v) throws SQLException {
        if (Double.isNaN(v)) {
            app.appendNull();
        } else {
            app.append(v);
        }
    }

    private static Vintage vintage(ResultSet rs) throws SQLException {
        return new Vintage(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getLong(5),
                rs.getString(6));
    }

    public List<Vintage> vintages() throws SQLException {
        List<Vintage> out = new ArrayList<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT vintage_id, file_name, sha256, imported_at, rows, layout FROM comext_vintage ORDER BY vintage_id")) {
            while (rs.next()) {
                out.add(vintage(rs));
            }
        }
        return out;
    }

    /** Months present in the store (any vintage, any reporter), within [from, to] when given (YYYYMM, 0 = open). */
    public SortedSet<YearMonth> periods(int from, int to) throws SQLException {
        SortedSet<YearMonth> out = new TreeSet<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT period FROM comext_vintage_period")) {
            while (rs.next()) {
                int p = rs.getInt(1);
                if ((from == 0 || p >= from) && (to == 0 || p <= to)) {
                    out.add(YearMonth.of(p / 100, p % 100));
                }
            }
        }
        return out;
    }

    /**
     * Basket-level cells from the current vintages, aggregated in SQL: rows joined to the basket codes
     * valid in the row's CN year, summed per reporter, basket, flow, month and partner. A group with an
     * unobserved value or mass gives NaN.
     */
    public List<TradeCell> cells(TradeBaskets baskets, Collection<String> reporters, int from, int to) throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE basket_code (basket VARCHAR, cn8 VARCHAR, valid_from INTEGER, valid_to INTEGER)");
        }
        try (DuckDBAppender app = conn.createAppender("temp", "main", "basket_code")) {
            for (BasketCode c : baskets.codes()) {
                app.beginRow().append(c.basket()).append(c.cn8()).append(c.validFrom() == null ? 0 : c.validFrom())
                        .append(c.validTo() == null ? 9999 : c.validTo()).endRow();
            }
        }
        StringBuilder sql = new StringBuilder("SELECT r.reporter, b.basket, r.flow, r.period, r.partner, "
                + "CASE WHEN count(r.value_eur) < count(*) THEN 'NaN'::DOUBLE ELSE sum(r.value_eur) END, "
                + "CASE WHEN count(r.quantity_kg) < count(*) THEN 'NaN'::DOUBLE ELSE sum(r.quantity_kg) END "
                + "FROM comext_current r JOIN basket_code b ON r.product_nc = b.cn8 "
                + "AND r.period // 100 BETWEEN b.valid_from AND b.valid_to WHERE 1 = 1");
        List<String> reps = List.copyOf(reporters);
        if (!reps.isEmpty()) {
            sql.append(" AND r.reporter IN (").append(String.join(",", reps.stream().map(x -> "?").toList())).append(")");
        }
        if (from > 0) {
            sql.append(" AND r.period >= ").append(from);
        }
        if (to > 0) {
            sql.append(" AND r.period <= ").append(to);
        }
        sql.append(" GROUP BY ALL");
        List<TradeCell> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
            for (int i = 0; i < reps.size(); i++) {
                ps.setString(i + 1, reps.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int p = rs.getInt(4);
                    out.add(new TradeCell(rs.getString(1), rs.getString(2), Flow.ofComext(rs.getInt(3)),
                            YearMonth.of(p / 100, p % 100), rs.getString(5), rs.getDouble(6), rs.getDouble(7)));
                }
            }
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        conn.close();
    }
}
