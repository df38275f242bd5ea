package be.cambium.io.pkg;

/** The stable issue codes the data-package reader reports. Codes never change meaning once published. */
public final class PackageIssues {

    /** A cell does not parse as its field's type. */
    public static final String TYPE = "PKG_TYPE";
    /** A required field (or a primary-key field) is empty. */
    public static final String REQUIRED = "PKG_REQUIRED";
    /** A value is not in the referenced resource or code list. */
    public static final String FOREIGN_KEY = "PKG_FOREIGN_KEY";
    /** Two rows share a primary key. */
    public static final String DUPLICATE_KEY = "PKG_DUPLICATE_KEY";
    /** Two rows share a value in a field constrained {@code unique}. */
    public static final String UNIQUE = "PKG_UNIQUE";
    /** A value is not one of the field's {@code enum} values. */
    public static final String ENUM = "PKG_ENUM";
    /** A number is below {@code minimum} or above {@code maximum}. */
    public static final String RANGE = "PKG_RANGE";
    /** A file named by the descriptor does not exist. */
    public static final String MISSING_FILE = "PKG_MISSING_FILE";
    /** A malformed CSV quote (unclosed, or text after a closing quote, or a quote inside an unquoted field). */
    public static final String CSV_QUOTE = "PKG_CSV_QUOTE";
    /** The CSV header differs from the schema: missing, extra or misordered columns. */
    public static final String HEADER = "PKG_HEADER";
    /** A row has more or fewer cells than the header. */
    public static final String COLUMN_COUNT = "PKG_COLUMN_COUNT";
    /** {@code datapackage.json} is not valid JSON. */
    public static final String JSON = "PKG_JSON";
    /** {@code datapackage.json} is valid JSON but not a valid descriptor (missing or wrong properties). */
    public static final String DESCRIPTOR = "PKG_DESCRIPTOR";
    /** A row's {@code source} id is not among the package's sources. */
    public static final String SOURCE = "PKG_SOURCE";
    /** A file cannot be read (permissions, encoding). */
    public static final String IO = "PKG_IO";

    private PackageIssues() {
    }
}
