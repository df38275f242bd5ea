package be.cambium.app.cli;

import be.cambium.app.service.DataService;
import be.cambium.io.pkg.DataPackage;
import be.cambium.io.pkg.License;
import be.cambium.io.pkg.Table;
import be.cambium.provenance.Source;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cambium data list}: the bundled data packages with title, licence, resources and sources with vintage. */
@Command(name = "list", description = "List the bundled data packages: name, title, licence, resources, sources and vintage.")
public final class DataListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (DataPackage p : new DataService().bundledPackages()) {
            var d = p.descriptor();
            out.println(d.name() + (d.version().isEmpty() ? "" : " " + d.version()) + ": " + d.title());
            out.println("  licence:   " + (d.licenses().isEmpty() ? "not stated"
                    : d.licenses().stream().map(License::label).collect(Collectors.joining(", "))));
            out.println("  resources: " + p.tables().stream().map(t -> t.name() + " (" + t.rowCount() + " rows)")
                    .collect(Collectors.joining(", ")));
            for (Source s : d.sources()) {
                out.println("  source " + s.id() + ": " + s.title()
                        + (s.vintage().isEmpty() ? "" : "; vintage " + s.vintage())
                        + (s.retrieved() == null ? "" : "; retrieved " + s.retrieved())
                        + (s.url() == null ? "" : "; " + s.url()));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    static int rows(DataPackage p) {
        return p.tables().stream().mapToInt(Table::rowCount).sum();
    }
}
