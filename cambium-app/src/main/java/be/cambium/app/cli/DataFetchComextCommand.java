package be.cambium.app.cli;

import be.cambium.app.service.ComextFetchService;
import be.cambium.app.service.MonitorService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code cambium data fetch comext PERIOD...}: downloads Eurostat's Comext bulk files into the workspace and, with
 * {@code --import}, loads them into the Comext store as {@code cambium data import comext} does.
 */
@Command(name = "comext", sortOptions = false, description = {
        "Download Eurostat's Comext bulk trade files (full_v2_YYYYMM.7z) into the workspace; with --import, also into its store.",
        "",
        "The files (detailed EU trade by CN8 product and partner, full_v2 layout, CC BY 4.0) go to "
                + "<workspace>/downloads/comext/. Each download is checked - a 7z archive, readable to the end, with the "
                + "full_v2 header and rows of the period asked for - before it is kept as full_v2_<period>.<retrieved>.7z; "
                + "fetched.csv beside it records the period, URL, retrieval time, bytes, SHA-256 and rows of every download.",
        "",
        "The files are kept: they are the source of the store's rows (delete them by hand when space matters; the log "
                + "keeps their checksums). A file identical (SHA-256) to one of the same period already there is not "
                + "stored again, and the store never imports a file twice; a revised file (new checksum) is stored beside "
                + "the old one and, once imported, its months supersede the older vintage's.",
        "",
        "Every period is tried: one that is not published yet (HTTP 404) or fails (time-out after 30 s to connect or "
                + "10 min for the file, HTTP error, truncated or unusable answer) is named on stderr, the others are still "
                + "fetched, and the exit code is then 2. There is no automatic retry: run the command again (with "
                + "--missing-only to skip what is already there)."},
        footer = {"", "Examples:",
                "  cambium data fetch comext 202401-202412 --import --reporter BE",
                "  cambium data fetch comext 2024    # the annual file full_v2_202452.7z, no import",
                "  cambium monitor --reporter BE --from 202401 --to 202412 --out mon"})
public final class DataFetchComextCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PERIOD", description = {
            "YYYYMM (a month, full_v2_YYYYMM.7z), YYYYMM-YYYYMM (every month of a range), or YYYY / YYYY52 (the annual "
                    + "file full_v2_YYYY52.7z). Files exist from 200201; a month appears about six weeks after its end."})
    List<String> periods = new ArrayList<>();

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--import", description = "Import the periods' files into the workspace store afterwards (monthly periods only).")
    boolean importRows;

    @Option(names = {"--reporter", "--reporters"}, paramLabel = "CODE", split = ",",
            description = "With --import: keep only these reporters, e.g. BE (default: all, as 'data import comext').")
    List<String> reporters = new ArrayList<>();

    @Option(names = "--missing-only", description = "Do not download periods that already have a file in the workspace "
            + "(default: download again and keep the file only when it changed).")
    boolean missingOnly;

    @Option(names = "--base-url", paramLabel = "URL", description = "Server to download from instead of "
            + "https://ec.europa.eu/eurostat/ (a mirror, or a test server): the file is requested as URL + "
            + "api/dissemination/files?file=comext%%2FCOMEXT_DATA%%2FPRODUCTS%%2Ffull_v2_<period>.7z.")
    URI baseUrl;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!reporters.isEmpty() && !importRows) {
            err.println("cambium data fetch comext: --reporter only applies with --import (the downloaded file always holds every reporter)");
            err.flush();
            return ExitCodes.INVALID;
        }
        LinkedHashSet<String> reps = new LinkedHashSet<>();
        reporters.forEach(r -> reps.add(r.trim().toUpperCase(Locale.ROOT)));
        Path ws = workspaceOptions.root();
        ComextFetchService.Result result;
        try {
            result = new ComextFetchService().fetch(new ComextFetchService.Request(periods, ws, importRows, reps, missingOnly, baseUrl),
                    line -> {
                        err.println(line);
                        err.flush();
                    });
        } catch (IllegalArgumentException e) {
            err.println("cambium data fetch comext: " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID;
        } catch (IOException e) {
            // the workspace (its download log or folder) cannot be read or written: a located input problem, not a bug
            err.println("cambium data fetch comext: the workspace " + ws + " could not be used: " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID;
        }
        for (ComextFetchService.PeriodResult p : result.periods()) {
            String file = p.fetched() == null ? "" : " " + p.fetched().file();
            switch (p.status()) {
                case STORED -> out.println("FETCHED " + p.period() + file + ": " + p.message());
                case UNCHANGED -> out.println("UNCHANGED " + p.period() + ": " + p.message());
                case ALREADY_PRESENT -> out.println("PRESENT " + p.period() + ": " + p.message());
                case NOT_PUBLISHED -> err.println("NOT PUBLISHED " + p.period() + ": " + p.message());
                case FAILED -> err.println("FAILED " + p.period() + ": " + p.message());
            }
        }
        DataImportComextCommand.print(result.imports(), out, err);
        out.flush();
        err.flush();
        return result.failed() ? ExitCodes.INVALID : ExitCodes.OK;
    }
}
