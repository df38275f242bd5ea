package be.cambium.app.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The test packages and what {@code data validate} must say about the broken one. */
final class Fixtures {

    /**
     * Every problem of {@code pkg/broken}, in order, as {@code data validate} prints it, with
     * {@code broken/} standing for the package folder as given on the command line.
     */
    static final List<String> BROKEN_LINES = List.of(
            "broken/datapackage.json:56:15: error PKG_MISSING_FILE resource 'prices': file 'data/prices.csv' does not exist",
            "broken/data/regions.csv:4:20: error PKG_TYPE field 'since': '01/10/1980' is not a date yyyy-mm-dd",
            "broken/data/regions.csv:5:1: error PKG_DUPLICATE_KEY duplicate primary key [code] = [BE2], first on line 3",
            "broken/data/regions.csv:5:31: error PKG_TYPE field 'capital': 'yes' is not true or false",
            "broken/data/flows.csv:3:5: error PKG_TYPE field 'year': '20x0' is not a year",
            "broken/data/flows.csv:4:10: error PKG_ENUM field 'material': 'MF9' is not one of [MF1, MF2, MF3, MF4, MF5, MF6]",
            "broken/data/flows.csv:5:1: error PKG_FOREIGN_KEY field 'region': 'BE4' is not a code of resource 'regions'",
            "broken/data/flows.csv:6:14: error PKG_REQUIRED field 'amount' is required but empty",
            "broken/data/flows.csv:7:14: error PKG_RANGE field 'amount': -4 is below the minimum 0",
            "broken/data/flows.csv:8:16: error PKG_ENUM field 'unit': 'tonnes' is not one of [t, kt]",
            "broken/data/flows.csv:8:23: error PKG_SOURCE unknown source id 'test-zzz'; the package's sources are [test-a, test-b]",
            "broken/data/flows.csv:9:1: error PKG_DUPLICATE_KEY duplicate primary key [region, year, material] = [BE1, 2020, MF1], first on line 2",
            "broken/data/flows.csv:10:19: error PKG_COLUMN_COUNT row has 5 cells but the header has 6; its values are not checked",
            "broken/data/flows.csv:11:14: error PKG_TYPE field 'amount': '1.0x' is not a number (digits, optional '.', no thousands separator)",
            "broken/data/flows.csv:11:19: error PKG_CSV_QUOTE unexpected text after a closing quote (write a quote inside a quoted value as \"\")",
            "broken/data/flows.csv:12:22: error PKG_COLUMN_COUNT row has 7 cells but the header has 6; its values are not checked",
            "broken/data/flows.csv:13:10: error PKG_CSV_QUOTE quote opened here is never closed; the rest of this line is skipped",
            "broken/data/stocks.csv:1:17: error PKG_HEADER column 'year' is out of order (expected header: region,year,material,stock,note)",
            "broken/data/stocks.csv:1:28: error PKG_HEADER column 'extra' is not a field of resource 'stocks' (expected header: region,year,material,stock,note)",
            "broken/data/stocks.csv:1:28: error PKG_HEADER missing column 'note' (expected header: region,year,material,stock,note)",
            "broken/data/stocks.csv:3:14: error PKG_TYPE field 'stock': '1.5' is not an integer");

    static Path pkg(String name) {
        try {
            return Path.of(Objects.requireNonNull(Fixtures.class.getResource("/pkg/" + name)).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Fixtures() {
    }
}
