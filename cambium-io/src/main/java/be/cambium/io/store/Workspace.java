package be.cambium.io.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The workspace: the folder where CAMBIUM keeps what a user fetched, imported or uploaded ({@code --workspace DIR},
 * default {@code ~/.cambium}), and the one place that knows its layout.
 *
 * <pre>
 * &lt;root&gt;/cambium.duckdb          the DuckDB store: Comext vintages and views (see ComextStore)
 * &lt;root&gt;/comext/                 one Parquet file per imported Comext vintage
 * &lt;root&gt;/downloads/comext/       Comext bulk files fetched with `data fetch comext`, and fetched.csv
 * &lt;root&gt;/eurostat/               Eurostat datasets fetched with `data fetch eurostat`, one folder per vintage
 * &lt;root&gt;/uploads/                data packages uploaded to the dashboard
 * </pre>
 *
 * Nothing is created by constructing a workspace; the commands that write create what they write.
 *
 * @param root the workspace folder
 */
public record Workspace(Path root) {

    /** The DuckDB file name inside the workspace. */
    public static final String DUCKDB_FILE = "cambium.duckdb";

    public Workspace {
        Objects.requireNonNull(root, "root");
    }

    public static Workspace at(Path root) {
        return new Workspace(root);
    }

    /** {@code ~/.cambium}: the default when no {@code --workspace} is given. */
    public static Path defaultRoot() {
        return Path.of(System.getProperty("user.home"), ".cambium");
    }

    /** The workspace at {@code root}, or at {@link #defaultRoot()} when {@code root} is null. */
    public static Workspace orDefault(@org.jspecify.annotations.Nullable Path root) {
        return new Workspace(root != null ? root : defaultRoot());
    }

    /** The DuckDB store, {@code <root>/cambium.duckdb}. */
    public Path duckdb() {
        return root.resolve(DUCKDB_FILE);
    }

    /** The Comext Parquet files, one per imported vintage. */
    public Path comextParquet() {
        return root.resolve("comext");
    }

    /** Eurostat datasets fetched as vintages, {@code <root>/eurostat/<dataset>/...}. */
    public Path eurostat() {
        return root.resolve("eurostat");
    }

    /** Downloaded files of one kind, e.g. {@code downloads("comext")}. */
    public Path downloads(String kind) {
        return root.resolve("downloads").resolve(kind);
    }

    /** The data packages uploaded to the dashboard. */
    public Path uploads() {
        return root.resolve("uploads");
    }
}
