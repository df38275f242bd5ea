package be.cambium.io.comext;

import be.cambium.trade.TradeCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Stream;

import static be.cambium.io.comext.ComextReaderTest.V2;
import static be.cambium.io.comext.ComextReaderTest.v2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store's rows live in one Parquet file per vintage, readable without the database. */
class ComextStoreParquetTest {

    private static double scalar(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    private static String lit(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void eachVintageIsAParquetFileReadableWithoutTheDatabaseAndABadFileLeavesNone(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("full_v2_202301.dat");
        Files.writeString(first, V2 + v2("BE", "CN", "E", "85051110", 1, 202301, "100", "1")
                + v2("BE", "US", "E", "85051110", 1, 202301, "", "2")
                + v2("NL", "CN", "E", "85051110", 1, 202301, "900", "9"));
        Path revised = dir.resolve("full_v2_202301_rev.dat");
        Files.writeString(revised, V2 + v2("BE", "CN", "E", "85051110", 1, 202301, "120", "1")
                + v2("BE", "JP", "E", "85051190", 2, 202301, "30", "1"));
        Path bad = dir.resolve("full_v2_202302.dat");
        Files.writeString(bad, V2 + v2("BE", "CN", "E", "85051110", 1, 202302, "5", "1")
                + v2("BE", "CN", "E", "85051110", 1, 202302, "five", "1"));
        Path ws = dir.resolve("ws");
        SortedMap<Integer, Path> files;
        List<TradeCell> cellsBefore;
        try (ComextStore s = ComextStore.open(ws.resolve("cambium.duckdb"))) {
            s.importFile(first, Set.of("BE"), Instant.parse("2026-03-01T10:00:00Z"));
            s.importFile(revised, Set.of("BE"), Instant.parse("2026-04-01T10:00:00Z"));
            ComextStore.ImportResult c = s.importFile(bad, Set.of("BE"), Instant.parse("2026-04-02T10:00:00Z"));
            assertThat(c.vintage()).isNull();
            files = s.parquetFiles();
            assertThat(s.parquetDir()).isEqualTo(ws.resolve("comext").toAbsolutePath());
            cellsBefore = s.cells(TradeBaskets.bundled(), Set.of("BE"), 0, 0);
        }
        // named <vintage-id>-<sha256 prefix>.parquet; the bad file left nothing, not even a temporary file
        assertThat(files.keySet()).containsExactly(1, 2);
        assertThat(files.get(1).getFileName().toString()).isEqualTo("1-" + ComextReader.sha256(first).substring(0, 12) + ".parquet");
        assertThat(listing(ws.resolve("comext"))).containsExactly(files.get(1).getFileName().toString(),
                files.get(2).getFileName().toString());

        // an independent DuckDB (in memory, no workspace database) reads the files directly
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            assertThat(scalar(c, "SELECT count(*) FROM read_parquet(" + lit(files.get(1)) + ")")).isEqualTo(2);
            assertThat(scalar(c, "SELECT count(*) FROM read_parquet(" + lit(files.get(1)) + ") WHERE value_eur IS NULL"))
                    .as("not observed stays NULL, never 0").isEqualTo(1);
            assertThat(scalar(c, "SELECT sum(value_eur) FROM read_parquet(" + lit(files.get(2)) + ")")).isEqualTo(150);
            assertThat(scalar(c, "SELECT count(DISTINCT vintage_id) FROM read_parquet(" + lit(ws.resolve("comext/*.parquet")) + ")"))
                    .isEqualTo(2);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet(" + lit(files.get(2)) + "))")) {
                StringBuilder cols = new StringBuilder();
                while (rs.next()) {
                    cols.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(';');
                }
                assertThat(cols.toString()).isEqualTo("vintage_id INTEGER;reporter VARCHAR;partner VARCHAR;trade_type VARCHAR;"
                        + "product_nc VARCHAR;flow TINYINT;stat_procedure SMALLINT;period INTEGER;value_eur DOUBLE;"
                        + "quantity_kg DOUBLE;quantity_suppl_unit DOUBLE;");
            }
        }

        // reopening rebuilds the views over the same files: same cells
        try (ComextStore s = ComextStore.open(ws.resolve("cambium.duckdb"))) {
            assertThat(s.cells(TradeBaskets.bundled(), Set.of("BE"), 0, 0)).containsExactlyInAnyOrderElementsOf(cellsBefore);
            assertThat(s.vintages()).hasSize(2);
        }
    }

    @Test
    void exportWritesPlainParquet(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("a.dat");
        Files.writeString(first, V2 + v2("BE", "CN", "E", "85051110", 1, 202301, "100", "1"));
        Path revised = dir.resolve("b.dat");
        Files.writeString(revised, V2 + v2("BE", "CN", "E", "85051110", 1, 202301, "120", "1"));
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        try (ComextStore s = ComextStore.open(dir.resolve("ws/cambium.duckdb"))) {
            s.importFile(first, Set.of(), Instant.parse("2026-03-01T10:00:00Z"));
            s.importFile(revised, Set.of(), Instant.parse("2026-03-02T10:00:00Z"));
            assertThat(s.exportParquet(out)).hasSize(5);
        }
        assertThat(listing(out)).containsExactly("comext", "comext_current.parquet", "comext_vintage.parquet",
                "comext_vintage_period.parquet");
        assertThat(listing(out.resolve("comext"))).hasSize(2);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            assertThat(scalar(c, "SELECT sum(value_eur) FROM read_parquet(" + lit(out.resolve("comext_current.parquet")) + ")"))
                    .isEqualTo(120);
            assertThat(scalar(c, "SELECT sum(value_eur) FROM read_parquet(" + lit(out.resolve("comext/*.parquet")) + ")"))
                    .isEqualTo(220);
            assertThat(scalar(c, "SELECT max(rows) FROM read_parquet(" + lit(out.resolve("comext_vintage.parquet")) + ")"))
                    .isEqualTo(1);
        }
    }

    @Test
    void aWorkspaceWithNativeRowsIsMigratedOnceOnOpen(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("ws/cambium.duckdb");
        Files.createDirectories(db.getParent());
        // the layout written before Parquet: rows in a native table
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE comext_vintage (vintage_id INTEGER PRIMARY KEY, file_name VARCHAR NOT NULL, "
                    + "sha256 VARCHAR NOT NULL, imported_at TIMESTAMP NOT NULL, rows BIGINT NOT NULL, layout VARCHAR)");
            s.execute("CREATE TABLE comext_vintage_period (vintage_id INTEGER NOT NULL, reporter VARCHAR NOT NULL, period INTEGER NOT NULL)");
            s.execute("CREATE TABLE comext_row (vintage_id INTEGER NOT NULL, reporter VARCHAR NOT NULL, "
                    + "partner VARCHAR NOT NULL, trade_type VARCHAR, product_nc VARCHAR NOT NULL, flow TINYINT NOT NULL, "
                    + "stat_procedure SMALLINT, period INTEGER NOT NULL, value_eur DOUBLE, quantity_kg DOUBLE, "
                    + "quantity_suppl_unit DOUBLE)");
            s.execute("CREATE VIEW comext_current AS SELECT r.* FROM comext_row r JOIN "
                    + "(SELECT reporter, period, max(vintage_id) AS vintage_id FROM comext_vintage_period GROUP BY reporter, period) w "
                    + "ON r.reporter = w.reporter AND r.period = w.period AND r.vintage_id = w.vintage_id");
            s.execute("INSERT INTO comext_vintage VALUES (1, 'a.dat', 'aaaaaaaaaaaaaaaaffff', TIMESTAMP '2026-03-01 10:00:00', 2, 'full_v2'), "
                    + "(2, 'b.dat', 'bbbbbbbbbbbbbbbbffff', TIMESTAMP '2026-03-02 10:00:00', 1, 'full_v2')");
            s.execute("INSERT INTO comext_vintage_period VALUES (1, 'BE', 202301), (2, 'BE', 202301)");
            s.execute("INSERT INTO comext_row VALUES (1, 'BE', 'CN', 'E', '85051110', 1, 1, 202301, 100, 1, 0), "
                    + "(1, 'BE', 'JP', 'E', '85051110', 1, 1, 202301, NULL, 2, 0), "
                    + "(2, 'BE', 'CN', 'E', '85051110', 1, 1, 202301, 120, 1, 0)");
        }
        Comparator<TradeCell> order = Comparator.comparing(TradeCell::partner);
        try (ComextStore s = ComextStore.open(db)) {
            assertThat(s.parquetFiles().values()).extracting(p -> p.getFileName().toString())
                    .containsExactly("1-aaaaaaaaaaaa.parquet", "2-bbbbbbbbbbbb.parquet");
            assertThat(s.parquetFiles().values()).allMatch(Files::isRegularFile);
            try (Statement st = s.connection().createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT table_type FROM information_schema.tables WHERE table_name = 'comext_row'")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("VIEW");
            }
            assertThat(scalar(s.connection(), "SELECT count(*) FROM comext_row")).isEqualTo(3);
            assertThat(scalar(s.connection(), "SELECT sum(value_eur) FROM comext_current")).isEqualTo(120);
            assertThat(s.cells(TradeBaskets.bundled(), Set.of("BE"), 0, 0)).extracting(TradeCell::partner).containsExactly("CN");
            // and a new import goes on from there
            Path next = dir.resolve("c.dat");
            Files.writeString(next, V2 + v2("BE", "CN", "E", "85051110", 1, 202302, "7", "1"));
            assertThat(s.importFile(next, Set.of("BE"), Instant.parse("2026-04-01T10:00:00Z")).vintage().id()).isEqualTo(3);
            assertThat(s.cells(TradeBaskets.bundled(), Set.of("BE"), 0, 0).stream().sorted(order).map(TradeCell::valueEur))
                    .containsExactlyInAnyOrder(120.0, 7.0);
        }
        // migrated once: a second open finds views and the same files
        try (ComextStore s = ComextStore.open(db)) {
            assertThat(s.parquetFiles()).hasSize(3);
            assertThat(scalar(s.connection(), "SELECT count(*) FROM comext_row")).isEqualTo(4);
        }
    }

    @Test
    void aMissingParquetFileIsAClearErrorOnOpen(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.dat");
        Files.writeString(f, V2 + v2("BE", "CN", "E", "85051110", 1, 202301, "100", "1"));
        Path db = dir.resolve("ws/cambium.duckdb");
        Path pq;
        try (ComextStore s = ComextStore.open(db)) {
            s.importFile(f, Set.of(), Instant.parse("2026-03-01T10:00:00Z"));
            pq = s.parquetFiles().get(1);
        }
        Files.delete(pq);
        assertThatThrownBy(() -> ComextStore.open(db)).isInstanceOf(IOException.class)
                .hasMessageContaining("vintage 1 (a.dat)").hasMessageContaining(pq.getFileName().toString())
                .hasMessageContaining("cambium data import comext");
    }
}
