package be.cambium.io.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import be.cambium.validate.Issue;
import be.cambium.validate.ValidationReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataPackageReaderTest {

    @TempDir
    Path tmp;

    static Path fixture(String name) {
        try {
            return Path.of(Objects.requireNonNull(DataPackageReaderTest.class.getResource("/pkg/" + name)).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The issues as the CLI prints them, with file names relative to the package folder. */
    static List<String> lines(ValidationReport report, Path dir) {
        String prefix = dir.toString() + java.io.File.separator;
        return report.issues().stream().map(Issue::toString).map(s -> s.startsWith(prefix) ? s.substring(prefix.length()) : s).toList();
    }

    @Test
    void validPackageReadsWithTypedValuesSourcesAndLines() {
        ReadResult r = new DataPackageReader().read(fixture("valid"));

        assertThat(r.report().issues()).isEmpty();
        assertThat(r.isValid()).isTrue();
        DataPackage p = r.dataPackage();
        assertThat(p.name()).isEqualTo("test-valid");
        assertThat(p.descriptor().licenses()).containsExactly(new License("CC0-1.0", "", "Test fixture"));
        assertThat(p.sources()).hasSize(2);
        assertThat(p.sources().get(0).datasetCode()).isEqualTo("demo_a");
        assertThat(p.sources().get(0).retrieved()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(p.sources().get(1).vintage()).isEqualTo("2023 edition");

        Table regions = p.table("regions").orElseThrow();
        assertThat(regions.rowCount()).isEqualTo(3);
        assertThat(regions.value(0, "since")).isEqualTo(LocalDate.of(1989, 1, 1));
        assertThat(regions.value(0, "capital")).isEqualTo(true);
        assertThat(regions.value(2, "capital")).isNull();

        Table flows = p.table("flows").orElseThrow();
        assertThat(flows.columns()).containsExactly("region", "year", "material", "amount", "unit", "source");
        assertThat(flows.number(0, "amount")).isEqualByComparingTo("12.5");
        assertThat(flows.number(3, "amount")).isEqualByComparingTo(new BigDecimal("1000"));
        assertThat(flows.value(0, "year")).isEqualTo(2020);
        assertThat(flows.line(3)).isEqualTo(5);
        assertThat(flows.source(0).orElseThrow().title()).isEqualTo("Synthetic source A");
        assertThat(flows.source(2).orElseThrow().id()).isEqualTo("test-b");

        Table stocks = p.table("stocks").orElseThrow();
        assertThat(stocks.string(0, "note")).isEqualTo("kept, as published");
        assertThat(stocks.string(1, "note")).isEqualTo("a \"quoted\" word");
        assertThat(stocks.value(1, "stock")).isEqualTo(-3L);
        assertThat(stocks.value(1, "material")).isNull();
        assertThat(stocks.string(2, "note")).isEqualTo("two\nlines");
        assertThat(stocks.line(2)).isEqualTo(4);
        assertThat(stocks.source(0)).isEmpty();
    }

    @Test
    void brokenPackageReportsEveryProblemWithItsLocationInOneRun() {
        Path dir = fixture("broken");
        ReadResult r = new DataPackageReader().read(dir);

        assertThat(r.isValid()).isFalse();
        assertThat(lines(r.report(), dir)).containsExactly(
                "datapackage.json:56:15: error PKG_MISSING_FILE resource 'prices': file 'data/prices.csv' does not exist",
                "data/regions.csv:4:20: error PKG_TYPE field 'since': '01/10/1980' is not a date yyyy-mm-dd",
                "data/regions.csv:5:1: error PKG_DUPLICATE_KEY duplicate primary key [code] = [BE2], first on line 3",
                "data/regions.csv:5:31: error PKG_TYPE field 'capital': 'yes' is not true or false",
                "data/flows.csv:3:5: error PKG_TYPE field 'year': '20x0' is not a year",
                "data/flows.csv:4:10: error PKG_ENUM field 'material': 'MF9' is not one of [MF1, MF2, MF3, MF4, MF5, MF6]",
                "data/flows.csv:5:1: error PKG_FOREIGN_KEY field 'region': 'BE4' is not a code of resource 'regions'",
                "data/flows.csv:6:14: error PKG_REQUIRED field 'amount' is required but empty",
                "data/flows.csv:7:14: error PKG_RANGE field 'amount': -4 is below the minimum 0",
                "data/flows.csv:8:16: error PKG_ENUM field 'unit': 'tonnes' is not one of [t, kt]",
                "data/flows.csv:8:23: error PKG_SOURCE unknown source id 'test-zzz'; the package's sources are [test-a, test-b]",
                "data/flows.csv:9:1: error PKG_DUPLICATE_KEY duplicate primary key [region, year, material] = [BE1, 2020, MF1], first on line 2",
                "data/flows.csv:10:19: error PKG_COLUMN_COUNT row has 5 cells but the header has 6; its values are not checked",
                "data/flows.csv:11:14: error PKG_TYPE field 'amount': '1.0x' is not a number (digits, optional '.', no thousands separator)",
                "data/flows.csv:11:19: error PKG_CSV_QUOTE unexpected text after a closing quote (write a quote inside a quoted value as \"\")",
                "data/flows.csv:12:22: error PKG_COLUMN_COUNT row has 7 cells but the header has 6; its values are not checked",
                "data/flows.csv:13:10: error PKG_CSV_QUOTE quote opened here is never closed; the rest of this line is skipped",
                "data/stocks.csv:1:17: error PKG_HEADER column 'year' is out of order (expected header: region,year,material,stock,note)",
                "data/stocks.csv:1:28: error PKG_HEADER column 'extra' is not a field of resource 'stocks' (expected header: region,year,material,stock,note)",
                "data/stocks.csv:1:28: error PKG_HEADER missing column 'note' (expected header: region,year,material,stock,note)",
                "data/stocks.csv:3:14: error PKG_TYPE field 'stock': '1.5' is not an integer");
        assertThat(r.report().issues().stream().map(Issue::code).distinct())
                .contains(PackageIssues.TYPE, PackageIssues.REQUIRED, PackageIssues.FOREIGN_KEY, PackageIssues.DUPLICATE_KEY,
                        PackageIssues.ENUM, PackageIssues.MISSING_FILE, PackageIssues.CSV_QUOTE, PackageIssues.HEADER,
                        PackageIssues.COLUMN_COUNT, PackageIssues.RANGE, PackageIssues.SOURCE);
        // what could be read is still there, and the header mismatch did not stop the cell checks
        assertThat(r.dataPackage().table("stocks").orElseThrow().value(0, "year")).isEqualTo(2020);
        assertThat(r.dataPackage().table("prices")).isEmpty();
    }

    @Test
    void invalidJsonIsReportedAtItsLineAndColumn() throws IOException {
        write("datapackage.json", "{\n  \"name\": \"x\",\n  \"resources\": [ }\n}\n");
        ReadResult r = new DataPackageReader().read(tmp);

        assertThat(r.dataPackage()).isNull();
        assertThat(r.report().issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(PackageIssues.JSON);
            assertThat(i.location().line()).isEqualTo(3);
            assertThat(i.location().column()).isEqualTo(18);
            assertThat(i.message()).isEqualTo("invalid JSON: Unexpected close marker '}': expected ']' (for Array starting at line 3, column 16)");
        });
    }

    @Test
    void duplicateJsonKeysAreInvalidJson() throws IOException {
        write("datapackage.json", "{\"name\": \"x\",\n \"name\": \"y\"}");
        assertThat(new DataPackageReader().read(tmp).report().issues())
                .singleElement().satisfies(i -> assertThat(i.toString()).contains(":2:", "PKG_JSON", "Duplicate field 'name'"));
    }

    @Test
    void missingAndMalformedDescriptorPropertiesAreAllLocated() throws IOException {
        write("datapackage.json", String.join("\n",
                "{",
                "  \"title\": \"no name\",",
                "  \"sources\": [{\"id\": \"s\"}, {\"id\": \"s\", \"title\": \"t\", \"retrieved\": \"last week\"}],",
                "  \"resources\": [",
                "    {\"name\": \"r\", \"schema\": {\"fields\": [{\"name\": \"a\", \"type\": \"text\"}]}},",
                "    {\"name\": \"q\", \"path\": \"../q.csv\", \"schema\": {\"fields\": [{\"name\": \"a\"}], \"primaryKey\": [\"b\"],",
                "     \"foreignKeys\": [{\"fields\": [\"a\"], \"reference\": {\"resource\": \"nope\", \"fields\": [\"x\"]}},",
                "                     {\"fields\": [\"a\"], \"reference\": {\"codeList\": \"nuts\"}}]}}",
                "  ]",
                "}"));
        List<String> got = lines(new DataPackageReader().read(tmp).report(), tmp);

        assertThat(got).containsExactly(
                "datapackage.json:1:1: error PKG_DESCRIPTOR the package is missing the required property 'name'",
                "datapackage.json:3:15: error PKG_DESCRIPTOR source 1 is missing the required property 'title'",
                "datapackage.json:3:35: error PKG_DESCRIPTOR duplicate source id 's'",
                "datapackage.json:3:67: error PKG_DESCRIPTOR source 's': retrieved 'last week' is not a date yyyy-mm-dd",
                "datapackage.json:5:5: error PKG_DESCRIPTOR resource 'r' is missing the required property 'path'",
                "datapackage.json:5:63: error PKG_DESCRIPTOR resource 'r': field 'a' has unsupported type 'text' (use string, integer, number, boolean, date or year)",
                "datapackage.json:6:27: error PKG_DESCRIPTOR resource 'q': path '../q.csv' must be a relative path inside the package folder",
                "datapackage.json:6:91: error PKG_DESCRIPTOR resource 'q': primary key field 'b' is not in the schema",
                "datapackage.json:8:66: error PKG_DESCRIPTOR resource 'q': unknown code list 'nuts'");
    }

    @Test
    void foreignKeysReachCodeListsFromAProviderAndTheTableItself() throws IOException {
        write("datapackage.json", "{\"name\": \"k\", \"resources\": [{\"name\": \"t\", \"path\": \"t.csv\", \"schema\": {"
                + "\"fields\": [{\"name\": \"code\"}, {\"name\": \"parent\"}, {\"name\": \"country\"}],"
                + "\"foreignKeys\": [{\"fields\": \"parent\", \"reference\": {\"resource\": \"\", \"fields\": \"code\"}},"
                + "{\"fields\": [\"country\"], \"reference\": {\"codeList\": \"countries\"}}]}}]}");
        write("t.csv", "code,parent,country\nMF1,,BE\nMF11,MF1,FR\nMF12,MF9,XX\n");
        CodeListProvider countries = CodeListProvider.of(List.of(CodeList.of("countries", List.of("BE", "FR", "EL"))));

        ReadResult r = new DataPackageReader(countries).read(tmp);

        assertThat(lines(r.report(), tmp)).containsExactly(
                "t.csv:4:6: error PKG_FOREIGN_KEY field 'parent': 'MF9' is not a code of resource 't'",
                "t.csv:4:10: error PKG_FOREIGN_KEY field 'country': 'XX' is not a code of the code list 'countries'");
    }

    @Test
    void compositeForeignKeysAndUniqueFields() throws IOException {
        write("datapackage.json", "{\"name\": \"c\", \"resources\": ["
                + "{\"name\": \"a\", \"path\": \"a.csv\", \"schema\": {\"fields\": [{\"name\": \"r\"}, {\"name\": \"y\", \"type\": \"year\"},"
                + " {\"name\": \"id\", \"type\": \"integer\", \"constraints\": {\"unique\": true, \"maximum\": 9}}]}},"
                + "{\"name\": \"b\", \"path\": \"b.csv\", \"schema\": {\"fields\": [{\"name\": \"r\"}, {\"name\": \"y\", \"type\": \"year\"}],"
                + " \"foreignKeys\": [{\"fields\": [\"r\", \"y\"], \"reference\": {\"resource\": \"a\", \"fields\": [\"r\", \"y\"]}}]}}]}");
        write("a.csv", "r,y,id\nBE,2020,1\nBE,2021,1\nFR,2020,10\n");
        write("b.csv", "r,y\r\nBE,2021\r\nFR,2021\r\n");

        assertThat(lines(new DataPackageReader().read(tmp).report(), tmp)).containsExactly(
                "a.csv:3:9: error PKG_UNIQUE field 'id' must be unique but '1' already appears on line 2",
                "a.csv:4:9: error PKG_RANGE field 'id': 10 is above the maximum 9",
                "b.csv:3:1: error PKG_FOREIGN_KEY fields r, y: [FR, 2021] is not a r, y of resource 'a'");
    }

    @Test
    void quoteInsideAnUnquotedValueIsReportedAndEmptyFilesToo() throws IOException {
        write("datapackage.json", "{\"name\": \"q\", \"resources\": ["
                + "{\"name\": \"a\", \"path\": \"a.csv\", \"schema\": {\"fields\": [{\"name\": \"x\"}, {\"name\": \"y\"}]}},"
                + "{\"name\": \"b\", \"path\": \"b.csv\", \"schema\": {\"fields\": [{\"name\": \"x\"}]}}]}");
        write("a.csv", "\uFEFFx,y\r\n1,2 \"inch\"\r\n\r\n3,4\r\n");
        write("b.csv", "");

        ReadResult r = new DataPackageReader().read(tmp);

        assertThat(lines(r.report(), tmp)).containsExactly(
                "a.csv:2:5: error PKG_CSV_QUOTE quote inside an unquoted value (quote the whole value and double the inner quote)",
                "b.csv:1:1: error PKG_HEADER the file is empty; expected the header x");
        Table a = r.dataPackage().table("a").orElseThrow();
        assertThat(a.rowCount()).isEqualTo(2);
        assertThat(a.line(1)).isEqualTo(4);
        assertThat(a.value(0, "y")).isEqualTo("2 \"inch\"");
    }

    @Test
    void aFileThatIsNotUtf8IsLocatedAtItsFirstBadByte() throws IOException {
        write("datapackage.json", "{\"name\": \"u\", \"resources\": [{\"name\": \"a\", \"path\": \"a.csv\", \"schema\": {\"fields\": [{\"name\": \"x\"}]}}]}");
        Files.write(tmp.resolve("a.csv"), new byte[] {'x', '\n', 'L', 'i', (byte) 0xE8, 'g', 'e', '\n'});

        assertThat(lines(new DataPackageReader().read(tmp).report(), tmp)).containsExactly(
                "a.csv:2:3: error PKG_IO the file is not UTF-8 text (invalid byte 0xE8 here); save it as UTF-8");
    }

    @Test
    void aFolderWithoutDescriptorIsNotAPackage() {
        ReadResult r = new DataPackageReader().read(tmp.resolve("nowhere"));

        assertThat(r.dataPackage()).isNull();
        assertThat(r.report().issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(PackageIssues.MISSING_FILE);
            assertThat(i.location().file()).endsWith("datapackage.json");
        });
    }

    @Test
    void readsABundledPackageFromTheClassPath() {
        ReadResult r = new DataPackageReader().readClasspath(getClass().getClassLoader(), "pkg/valid");

        assertThat(r.report().issues()).isEmpty();
        assertThat(r.dataPackage().tables()).extracting(Table::name).containsExactly("regions", "flows", "stocks");
        assertThat(r.report().withCode(PackageIssues.TYPE)).isEmpty();
        Map<String, Integer> rows = new java.util.LinkedHashMap<>();
        r.dataPackage().tables().forEach(t -> rows.put(t.name(), t.rowCount()));
        assertThat(rows).containsExactly(Map.entry("regions", 3), Map.entry("flows", 4), Map.entry("stocks", 3));
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(tmp.resolve(name), content, StandardCharsets.UTF_8);
    }
}
