package be.cambium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cambium data fetch comext ... --import} run from the shaded jar as a process against a local server
 * replaying Eurostat's files API, then {@code cambium monitor} on the workspace it filled.
 */
class DataFetchComextJarIT {

    @TempDir
    Path tmp;

    @BeforeAll
    static void findJar() {
        CambiumJarIT.findJar();
    }

    @Test
    void fetchImportThenMonitorFromTheWorkspace() throws Exception {
        try (ComextServer server = new ComextServer()) {
            server.serve("full_v2_202301.7z", ComextServer.sevenZ(tmp, "full_v2_202301.dat", ComextServer.month(202301, 1000)))
                    .serve("full_v2_202302.7z", ComextServer.sevenZ(tmp, "full_v2_202302.dat", ComextServer.month(202302, 4000)));
            Path ws = tmp.resolve("ws");

            CambiumJarIT.Run f = CambiumJarIT.cambium(tmp, "data", "fetch", "comext", "202301-202303", "--import", "--reporter", "BE",
                    "--workspace", ws.toString(), "--base-url", server.base());

            assertThat(f.exitCode()).as(String.join("\n", f.err())).isEqualTo(2);
            assertThat(f.err()).contains("fetching 202301 from " + server.base()
                    + "api/dissemination/files?file=comext%2FCOMEXT_DATA%2FPRODUCTS%2Ffull_v2_202301.7z");
            assertThat(f.err()).anySatisfy(l -> assertThat(l).startsWith("NOT PUBLISHED 202303: Eurostat has no full_v2_202303.7z"));
            assertThat(f.out()).filteredOn(l -> l.startsWith("FETCHED ")).hasSize(2);
            assertThat(f.out()).anySatisfy(l -> assertThat(l).startsWith("OK full_v2_202302.").contains(": vintage 2, 2 rows, months [202302]"));
            assertThat(Files.readAllLines(ws.resolve("downloads/comext/fetched.csv"))).hasSize(3);

            Path out = tmp.resolve("mon");
            CambiumJarIT.Run m = CambiumJarIT.cambium(tmp, "monitor", "--reporter", "BE", "--workspace", ws.toString(), "--out", out.toString());
            assertThat(m.exitCode()).as(String.join("\n", m.err())).isZero();
            List<String> ind = Files.readAllLines(out.resolve("indicators.csv"));
            assertThat(ind).anySatisfy(l -> assertThat(l).startsWith("BE,permanent_magnets,import,2023-02,value_eur,4300,EUR_CURRENT"));
            assertThat(Files.readString(out.resolve("provenance.csv"))).contains("full_v2_202301.")
                    .contains(", fetched from " + server.base() + "api/dissemination/files?file=comext%2FCOMEXT_DATA%2FPRODUCTS%2Ffull_v2_202301.7z at ");
            // the vintage's source names the URL it was fetched from
            assertThat(Files.readAllLines(out.resolve("sources.csv"))).anySatisfy(l -> assertThat(l).startsWith("comext-vintage-1,")
                    .contains("full_v2_202301.", server.base() + "api/dissemination/files?file=comext%2FCOMEXT_DATA%2FPRODUCTS%2Ffull_v2_202301.7z"));
        }
    }
}
