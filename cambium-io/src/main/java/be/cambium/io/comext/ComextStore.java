package be.cambium.io.comext;

import be.cambium.trade.Flow;
import be.cambium.trade.TradeCell;
import be.cambium.trade.TradeRow;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Comext part of the DuckDB workspace ({@code cambium.duckdb}). Each imported file is a vintage
 * (file name, SHA-256, import time, rows) whose rows are written as one Parquet file,
 * {@code <workspace>/comext/<vintage-id>-<sha256 prefix>.parquet}; the database holds the vintage
 * metadata ({@code comext_vintage}, {@code comext_vintage_period}) and the view {@code comext_row}
 * over all vintage files ({@code read_parquet([...])}, rebuilt on every open and import, absolute paths).
 * When a month is present in several vintages for a reporter, the newest vintage is current (view
 * {@code comext_current}) and the older rows stay in {@code comext_row}. An import is all-or-nothing:
 * rows are staged, written to a hidden temporary Parquet file, renamed, and only then recorded in one
 * transaction; a file with any error leaves neither rows nor a Parquet file behind. A file whose checksum
 * is already in the store is not imported again. A workspace written before Parquet (native table
 * {@code comext_row}) is migrated once on open: each vintage's rows become its Parquet file and the
 * table is dropped in the same transaction that records the files.
 */
public final class ComextStore implements AutoCloseable {

    /** One imported file. */
    public record Vintage(int id, String fileName, String sha256, Instant importedAt, long rows, String layout) {
        /** How rows name their vintage: the file name alone is not unique (a revised file often keeps its name). */
        public String label() {
            return label(id, fileName);
        }

        public static String label(int id, String fileName) {
            return fileName + " (vintage " + id + ")";
        }
    }

    /** What an import did: the vintage (null when nothing was stored), the reader's summary and report. */
    public record ImportResult(@org.jspecify.annotations.Nullable Vintage vintage, boolean alreadyImported,
                               ComextReader.@org.jspecify.annotations.Nullable Summary summary,
                               ValidationReport report) {
    }

    /** The folder, beside the database file, holding one Parquet file per vintage. */
    public static final String PARQUET_DIR = "comext";

    /** Columns of a row, in the order of the Parquet files and of {@code comext_row}. */
    static final String ROW_COLUMNS = "vintage_id INTEGER NOT NULL, reporter VARCHAR NOT NULL, "
            + "partner VARCHAR NOT NULL, trade_type VARCHAR, product_nc VARCHAR NOT NULL, flow TINYINT NOT NULL, "
            + "stat_procedure SMALLINT, period INTEGER NOT NULL, value_eur DOUBLE, quantity_kg DOUBLE, "
            + "quantity_suppl_unit DOUBLE";

    private static final String EMPTY_ROWS = "SELECT NULL::INTEGER AS vintage_id, NULL::VARCHAR AS reporter, "
            + "NULL::VARCHAR AS partner, NULL::VARCHAR AS trade_type, NULL::VARCHAR AS product_nc, NULL::TINYINT AS flow, "
            + "NULL::SMALLINT AS stat_procedure, NULL::INTEGER AS period, NULL::DOUBLE AS value_eur, "
            + "NULL::DOUBLE AS quantity_kg, NULL::DOUBLE AS quantity_suppl_unit WHERE false";

    private final DuckDBConnection conn;
    private final Path parquetDir;

    private ComextStore(DuckDBConnection conn, Path parquetDir) throws SQLException, IOException {
        this.conn = conn;
        this.parquetDir = parquetDir;
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS comext_vintage (vintage_id INTEGER PRIMARY KEY, file_name VARCHAR NOT NULL, "
                    + "sha256 VARCHAR NOT NULL, imported_at TIMESTAMP NOT NULL, rows BIGINT NOT NULL, layout VARCHAR, "
                    + "parquet_file VARCHAR)");
            s.execute("ALTER TABLE comext_vintage ADD COLUMN IF NOT EXISTS parquet_file VARCHAR");
            s.execute("CREATE TABLE IF NOT EXISTS comext_vintage_period (vintage_id INTEGER NOT NULL, reporter VARCHAR NOT NULL, "
                    + "period INTEGER NOT NULL)");
        }
        if (hasNativeRowTable()) {
            migrateNativeRows();
        }
        refreshViews();
    }

    private boolean hasNativeRowTable() throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = 'comext_row' "
                        + "AND table_type = 'BASE TABLE'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    /** One-off: a workspace from before Parquet keeps its rows in the table comext_row; each vintage becomes its file. */
    private void migrateNativeRows() throws SQLException, IOException {
        Files.createDirectories(parquetDir);
        List<Integer> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT vintage_id, sha256 FROM comext_vintage ORDER BY vintage_id")) {
            while (rs.next()) {
                ids.add(rs.getInt(1));
                names.add(parquetName(rs.getInt(1), rs.getString(2)));
            }
        }
        List<Path> written = new ArrayList<>();
        try {
            for (int i = 0; i < ids.size(); i++) {
                Path target = parquetDir.resolve(names.get(i));
                writeParquet("SELECT * FROM comext_row WHERE vintage_id = " + ids.get(i)
                        + " ORDER BY reporter, period, flow, product_nc", target);
                written.add(target);
            }
            conn.setAutoCommit(false);
            try (PreparedStatement ps = conn.prepareStatement("UPDATE comext_vintage SET parquet_file = ? WHERE vintage_id = ?")) {
                for (int i = 0; i < ids.size(); i++) {
                    ps.setString(1, names.get(i));
                    ps.setInt(2, ids.get(i));
                    ps.executeUpdate();
                }
            }
            try (Statement s = conn.createStatement()) {
                s.execute("DROP VIEW IF EXISTS comext_current");
                s.execute("DROP TABLE comext_row");
            }
            conn.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            if (!conn.getAutoCommit()) {
                conn.rollback();
            }
            for (Path p : written) {
                Files.deleteIfExists(p);
            }
            throw e;
        } finally {
            conn.setAutoCommit(true);
        }
    }

    /** {@code <vintage-id>-<first 12 hex digits of the SHA-256>.parquet}. */
    static String parquetName(int vintageId, String sha256) {
        return vintageId + "-" + sha256.substring(0, Math.min(12, sha256.length())) + ".parquet";
    }

    /** Writes the query's rows as Parquet to a hidden temporary file beside {@code target}, then renames it. */
    private void writeParquet(String query, Path target) throws SQLException, IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            try (Statement s = conn.createStatement()) {
                s.execute("COPY (" + query + ") TO " + sqlString(tmp) + " (FORMAT PARQUET, COMPRESSION ZSTD)");
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String sqlString(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    /** (Re)defines comext_row over the vintage files and comext_current over it; a missing file is an error. */
    private void refreshViews() throws SQLException, IOException {
        List<String> files = new ArrayList<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT vintage_id, file_name, parquet_file FROM comext_vintage ORDER BY vintage_id")) {
            while (rs.next()) {
                String pf = rs.getString(3);
                Path p = pf == null ? null : parquetDir.resolve(pf);
                if (p == null || !Files.isRegularFile(p)) {
                    throw new IOException("Comext vintage " + rs.getInt(1) + " (" + rs.getString(2) + "): its Parquet file "
                            + (p == null ? "(none recorded)" : p) + " is missing from the workspace; restore it, or move "
                            + "the workspace aside and re-import the Comext files with `cambium data import comext FILE...`");
                }
                files.add(sqlString(p));
            }
        }
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE OR REPLACE VIEW comext_row AS " + (files.isEmpty() ? EMPTY_ROWS
                    : "SELECT vintage_id, reporter, partner, trade_type, product_nc, flow, stat_procedure, period, value_eur, "
                    + "quantity_kg, quantity_suppl_unit FROM read_parquet([" + String.join(", ", files) + "])"));
            s.execute("CREATE OR REPLACE VIEW comext_current AS SELECT r.* FROM comext_row r JOIN "
                    + "(SELECT reporter, period, max(vintage_id) AS vintage_id FROM comext_vintage_period GROUP BY reporter, period) w "
                    + "ON r.reporter = w.reporter AND r.period = w.period AND r.vintage_id = w.vintage_id");
        }
    }

    /** The folder holding the vintages' Parquet files ({@code comext} beside the database file). */
    public Path parquetDir() {
        return parquetDir;
    }

    /** The Parquet file of each vintage, by vintage id. */
    public SortedMap<Integer, Path> parquetFiles() throws SQLException {
        SortedMap<Integer, Path> out = new TreeMap<>();
        try (Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT vintage_id, parquet_file FROM comext_vintage ORDER BY vintage_id")) {
            while (rs.next()) {
                out.put(rs.getInt(1), parquetDir.resolve(rs.getString(2)));
            }
        }
        return out;
    }

    /**
     * Writes the workspace's Comext data as plain Parquet into {@code dir} (which must exist): each vintage
     * file under {@code comext/}, the current rows ({@code comext_current.parquet}) and the metadata
     * ({@code comext_vintage.parquet}, {@code comext_vintage_period.parquet}). Returns the files written.
     */
    public List<Path> exportParquet(Path dir) throws SQLException, IOException {
        List<Path> out = new ArrayList<>();
        Path sub = dir.resolve(PARQUET_DIR);
        Files.createDirectories(sub);
        for (Path p : parquetFiles().values()) {
            Path t = sub.resolve(p.getFileName().toString());
            Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
            out.add(t);
        }
        String[][] tables = {
                {"comext_current", "SELECT * FROM comext_current ORDER BY reporter, period, flow, product_nc, partner"},
                {"comext_vintage", "SELECT * FROM comext_vintage ORDER BY vintage_id"},
                {"comext_vintage_period", "SELECT * FROM comext_vintage_period ORDER BY vintage_id, reporter, period"}};
        for (String[] t : tables) {
            Path f = dir.resolve(t[0] + ".parquet");
            writeParquet(t[1], f);
            out.add(f);
        }
        return out;
    }

    /** Opens (or creates) the DuckDB database file. */
    public static ComextStore open(Path dbFile) throws SQLException, IOException {
        Path parent = dbFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Connection c = DriverManager.getConnection("jdbc:duckdb:" + dbFile.toAbsolutePath());
        try {
            return new ComextStore(c.unwrap(DuckDBConnection.class), dbFile.toAbsolutePath().resolveSibling(PARQUET_DIR));
        } catch (SQLException | IOException | RuntimeException e) {
            c.close();
            throw e;
        }
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
            st.execute("CREATE OR REPLACE TEMP TABLE comext_staging (" + ROW_COLUMNS + ")");
        }
        Path parquetFile = null;
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
            // the rows become the vintage's Parquet file (temporary name, then renamed); only then is the vintage recorded
            Files.createDirectories(parquetDir);
            String pname = parquetName(id, sha);
            parquetFile = parquetDir.resolve(pname);
            writeParquet("SELECT * FROM comext_staging ORDER BY reporter, period, flow, product_nc", parquetFile);
            conn.setAutoCommit(false);
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO comext_vintage VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setInt(1, id);
                ps.setString(2, file.getFileName().toString());
                ps.setString(3, sha);
                ps.setTimestamp(4, Timestamp.from(at));
                ps.setLong(5, summary.rowsKept());
                ps.setString(6, summary.layout());
                ps.setString(7, pname);
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
            refreshViews();
            conn.commit();
            parquetFile = null; // recorded: keep it
            return new ImportResult(new Vintage(id, file.getFileName().toString(), sha, at, summary.rowsKept(), summary.layout()),
                    false, summary, summary.report());
        } catch (SQLException | IOException | RuntimeException e) {
            if (!conn.getAutoCommit()) {
                conn.rollback();
            }
            throw e;
        } finally {
            conn.setAutoCommit(true);
            if (parquetFile != null) { // written but not recorded
                Files.deleteIfExists(parquetFile);
            }
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

    /** Months present for {@code reporter} (any vintage) within the years {@code fromYear}..{@code toYear}. */
    public SortedSet<YearMonth> months(String reporter, int fromYear, int toYear) throws SQLException {
        SortedSet<YearMonth> out = new TreeSet<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT DISTINCT period FROM comext_vintage_period WHERE reporter = ? "
                + "AND period BETWEEN ? AND ?")) {
            ps.setString(1, reporter);
            ps.setInt(2, fromYear * 100 + 1);
            ps.setInt(3, toYear * 100 + 12);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int p = rs.getInt(1);
                    out.add(YearMonth.of(p / 100, p % 100));
                }
            }
        }
        return out;
    }

    /**
     * The current rows of {@code reporter} for the CN8 codes {@code cn8} in the years {@code fromYear}..{@code toYear},
     * row by row (not aggregated), each with the file name of its vintage. Empty value or mass cells come back as NaN.
     */
    public List<TradeRow> rows(String reporter, Collection<String> cn8, int fromYear, int toYear) throws SQLException {
        List<TradeRow> out = new ArrayList<>();
        if (cn8.isEmpty()) {
            return out;
        }
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE wanted_cn8 (cn8 VARCHAR)");
        }
        try (DuckDBAppender app = conn.createAppender("temp", "main", "wanted_cn8")) {
            for (String c : new TreeSet<>(cn8)) {
                app.beginRow().append(c).endRow();
            }
        }
        try (PreparedStatement ps = conn.prepareStatement("SELECT r.partner, r.trade_type, r.product_nc, r.flow, r.period, "
                + "r.stat_procedure, r.value_eur, r.quantity_kg, v.file_name, v.vintage_id FROM comext_current r "
                + "JOIN wanted_cn8 w ON r.product_nc = w.cn8 JOIN comext_vintage v ON r.vintage_id = v.vintage_id "
                + "WHERE r.reporter = ? AND r.period BETWEEN ? AND ? "
                + "ORDER BY r.period, r.product_nc, r.flow, r.partner")) {
            ps.setString(1, reporter);
            ps.setInt(2, fromYear * 100 + 1);
            ps.setInt(3, toYear * 100 + 12);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int p = rs.getInt(5);
                    int sp = rs.getInt(6);
                    boolean spNull = rs.wasNull();
                    double v = rs.getDouble(7);
                    boolean vNull = rs.wasNull();
                    double kg = rs.getDouble(8);
                    boolean kgNull = rs.wasNull();
                    String tt = rs.getString(2);
                    out.add(new TradeRow(reporter, rs.getString(1), tt == null ? "" : tt, rs.getString(3),
                            Flow.ofComext(rs.getInt(4)), YearMonth.of(p / 100, p % 100), spNull ? -1 : sp,
                            vNull ? Double.NaN : v, kgNull ? Double.NaN : kg, Vintage.label(rs.getInt(10), rs.getString(9))));
                }
            }
        } finally {
            try (Statement s = conn.createStatement()) {
                s.execute("DROP TABLE IF EXISTS temp.main.wanted_cn8");
            }
        }
        return out;
    }

    @Override
    public void close() throws SQLException {
        conn.close();
    }
}
