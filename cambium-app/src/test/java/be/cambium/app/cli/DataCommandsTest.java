package be.cambium.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataCommandsTest {

    @Test
    void validatePrintsOneOkLineAndExitsZeroForAValidPackage() {
        Path valid = Fixtures.pkg("valid");

        Cli r = Cli.run("data", "validate", valid.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.outLines()).containsExactly(
                "OK " + valid + ": package 'test-valid', 3 resources, 10 rows, 2 sources, no problems");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void validatePrintsEveryLocatedProblemToStderrAndExitsTwo() {
        Path broken = Fixtures.pkg("broken");

        Cli r = Cli.run("data", "validate", broken.toString());

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.out()).isEmpty();
        String parent = broken.getParent().toString() + java.io.File.separator;
        List<String> lines = r.errLines().stream().map(s -> s.replace(parent, "")).toList();
        assertThat(lines.subList(0, lines.size() - 1)).containsExactlyElementsOf(Fixtures.BROKEN_LINES);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("INVALID broken: 21 errors");
    }

    @Test
    void validateOfAFolderWithoutPackageExitsTwo() {
        Cli r = Cli.run("data", "validate", "/no/such/folder");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.errLines()).containsExactly(
                "/no/such/folder/datapackage.json: error PKG_MISSING_FILE no datapackage.json: this folder is not a data package",
                "INVALID /no/such/folder: 1 error");
    }

    @Test
    void validateWithoutPathIsInvalidUsage() {
        Cli r = Cli.run("data", "validate");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.err()).contains("Missing required parameter: 'PATH'");
    }

    @Test
    void listShowsTheBundledPackageWithLicenceSourcesAndVintage() {
        Cli r = Cli.run("data", "list");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).isEmpty();
        List<String> lines = r.outLines();
        assertThat(lines.subList(0, 3)).containsExactly(
                "be-population 2026.11.29: Population of Belgium and its regions on 1 January (Statbel)",
                "  licence:   CC-BY-4.0",
                "  resources: regions (4 rows), population (12 rows)");
        // the be-population block ends where the next bundled package starts (a line without indentation)
        int end = 1;
        while (end < lines.size() && lines.get(end).startsWith("  ")) {
            end++;
        }
        lines = lines.subList(0, end);
        assertThat(lines).filteredOn(l -> l.startsWith("  source ")).hasSize(5)
                .allSatisfy(l -> assertThat(l).contains("; vintage ", "; retrieved 2026-11-29; https://"));
        assertThat(lines).contains("  source statbel-bestat-2025: Statbel BeStat, Population by place of residence, "
                + "nationality (Belgian/non-Belgian), marital status, age and gender: population on 1 January 2025; "
                + "vintage Statbel figures for 1 January 2025; retrieved 2026-11-29; "
                + "https://bestat.statbel.fgov.be/bestat/api/views/3ebe4ddc-27e6-4d3d-a6c0-3121df828953/result/HTML");
    }
}
