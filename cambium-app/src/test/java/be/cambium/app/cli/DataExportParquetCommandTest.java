package be.cambium.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static be.cambium.app.cli.MonitorCommandTest.run;
import static be.cambium.app.cli.MonitorCommandTest.twoMonths;
import static org.assertj.core.api.Assertions.assertThat;

class DataExportParquetCommandTest {

    @Test
    void importedVintagesAreExportedAsParquet(@TempDir Path dir) throws Exception {
        List<Path> files = twoMonths(dir);
        Path ws = dir.resolve("ws");
        MonitorCommandTest.Run imp = run("data", "import", "comext", files.get(0).toString(), files.get(1).toString(),
                "--reporter", "BE", "--workspace", ws.toString());
        assertThat(imp.exit()).as(imp.err()).isZero();
        assertThat(ws.resolve("comext")).isDirectory();

        Path out = dir.resolve("export");
        MonitorCommandTest.Run r = run("data", "export", "parquet", "--workspace", ws.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("OK", "5 Parquet files");
        try (Stream<Path> s = Files.list(out.resolve("comext"))) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted().toList()).hasSize(2)
                    .allMatch(n -> n.matches("[12]-[0-9a-f]{12}\\.parquet"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM read_parquet('" + out.resolve("comext_current.parquet")
                     + "')), (SELECT count(*) FROM read_parquet('" + out.resolve("comext/*.parquet") + "')), "
                     + "(SELECT string_agg(file_name, ',' ORDER BY vintage_id) FROM read_parquet('"
                     + out.resolve("comext_vintage.parquet") + "'))")) {
            rs.next();
            assertThat(rs.getLong(1)).isPositive().isEqualTo(rs.getLong(2));
            assertThat(rs.getString(3)).isEqualTo("full_v2_202212.dat,full_v2_202301.dat");
        }

        MonitorCommandTest.Run none = run("data", "export", "parquet", "--workspace", dir.resolve("empty").toString(),
                "--out", dir.resolve("x").toString());
        assertThat(none.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(none.err()).contains("WORKSPACE_NO_STORE", "cambium data import comext");
        assertThat(dir.resolve("x")).doesNotExist();
    }
}
