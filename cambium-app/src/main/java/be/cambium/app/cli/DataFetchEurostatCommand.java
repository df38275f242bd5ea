package be.cambium.app.cli;

import be.cambium.app.service.EurostatFetchService;
import be.cambium.io.eurostat.EurostatClient;
import be.cambium.io.http.FetchException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cambium data fetch eurostat DATASET [--filter dim=code ...]}: downloads a dataset from Eurostat's
 * dissemination API into the workspace as a new vintage; on any failure the previous vintage stays as it was.
 */
@Command(name = "eurostat", description = {
        "Download a Eurostat dataset into the workspace as a new vintage.",
        "The vintage records the URL, retrieval time, SHA-256 and Eurostat's last-update date in manifest.json. A",
        "time-out, HTTP error, truncated body or changed format leaves the previous vintage intact. Use it with:",
        "cambium accounts --data eurostat:DATASET."})
public final class DataFetchEurostatCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "Eurostat dataset code, e.g. env_ac_mfa.")
    String dataset;

    @Option(names = "--filter", paramLabel = "DIM=CODE", description = "Keep only these codes (repeatable; downloads JSON-stat).")
    List<String> filters = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FMT", description = "tsv, sdmx-csv or json (default: json with filters, else tsv).")
    String format;

    @Mixin
    WorkspaceOptions workspaceOptions;

    @Option(names = "--allow-new-structure", description = "Accept a vintage whose dimensions differ from the previous one.")
    boolean allowNewStructure;

    @Option(names = "--base-url", paramLabel = "URL", hidden = true, description = "Another server replaying Eurostat's API.")
    URI baseUrl;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path ws = workspaceOptions.root();
        try {
            EurostatClient.Vintage v = new EurostatFetchService().fetch(dataset, filters, format, ws, allowNewStructure, baseUrl);
            out.println("stored " + v.dataset().code() + " (" + v.dataset().cellCount() + " cells, last update " + v.lastUpdate() + ", sha256 "
                    + v.sha256().substring(0, 12) + "...) from " + v.url() + " at " + v.file());
            out.flush();
            return ExitCodes.OK;
        } catch (FetchException | IllegalArgumentException e) {
            err.println("cambium data fetch eurostat: " + e.getMessage());
            err.flush();
            return ExitCodes.INVALID;
        }
    }
}
