package be.cambium.app.service;

import be.cambium.io.comext.ComextBulkClient;
import be.cambium.io.comext.ComextStore;
import be.cambium.io.eurostat.EurostatClient;
import be.cambium.io.http.FetchException;
import be.cambium.io.http.HttpFetcher;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Consumer;

/**
 * Downloads Comext bulk files into the workspace and, when asked, imports them into the Comext store
 * ({@code cambium data fetch comext}). Each period is fetched on its own: a period that fails (not published yet,
 * time-out, truncated or unusable answer) is reported and the next one is still fetched. There is no automatic
 * retry, as for the Eurostat datasets; running the command again fetches the failed periods (with
 * {@code missingOnly}, only those).
 */
public final class ComextFetchService {

    /** What happened to one period. */
    public enum Status {
        /** downloaded and stored as a new file */
        STORED,
        /** downloaded; identical (SHA-256) to a file of the period already stored, so not stored again */
        UNCHANGED,
        /** not downloaded: a file of the period is already stored and only missing periods were asked for */
        ALREADY_PRESENT,
        /** Eurostat answered 404: no file for the period (not published yet, or never) */
        NOT_PUBLISHED,
        /** any other failure: time-out, HTTP error, truncated body, not the expected archive */
        FAILED;

        public boolean failed() {
            return this == NOT_PUBLISHED || this == FAILED;
        }
    }

    /** One period's outcome; {@code fetched} is the file now in the workspace (null when the period failed). */
    public record PeriodResult(int period, Status status, ComextBulkClient.@Nullable Fetched fetched, String message) {
        public PeriodResult {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * @param periods     period specs as {@link ComextBulkClient#parsePeriods} reads them
     * @param importRows  import the period files into the workspace store afterwards (monthly periods only)
     * @param reporters   with {@code importRows}: the reporters kept (empty = all, as {@code data import comext})
     * @param missingOnly download only periods without a stored file
     * @param baseUrl     Eurostat's base URL, or a mirror / test server replaying its files API; null = Eurostat
     */
    public record Request(List<String> periods, Path workspace, boolean importRows, Set<String> reporters, boolean missingOnly,
                          @Nullable URI baseUrl) {
        public Request {
            periods = List.copyOf(periods);
            Objects.requireNonNull(workspace, "workspace");
            reporters = Set.copyOf(reporters);
        }
    }

    /** The outcome of every period, in period order, and of every import (empty without {@code importRows}). */
    public record Result(List<PeriodResult> periods, List<ComextStore.ImportResult> imports) {
        public Result {
            periods = List.copyOf(periods);
            imports = List.copyOf(imports);
        }

        /** Whether any period or import failed (the command then exits 2). */
        public boolean failed() {
            return periods.stream().anyMatch(p -> p.status().failed())
                    || imports.stream().anyMatch(i -> i.vintage() == null && !i.alreadyImported());
        }
    }

    private final HttpFetcher http;
    private final Clock clock;

    /** Eurostat's standard time-outs ({@link HttpFetcher#standard()}) and the system clock. */
    public ComextFetchService() {
        this(HttpFetcher.standard(), Clock.systemUTC());
    }

    public ComextFetchService(HttpFetcher http, Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Fetches every period of the request, then (with {@code importRows}) imports the files of the periods that
     * are in the workspace, in period order.
     *
     * @param progress receives one line per period before its download starts
     * @throws IllegalArgumentException for an unreadable period, or {@code importRows} with an annual period (the
     *                                  store keeps months and skips annual rows); nothing is downloaded then
     * @throws IOException              when the download log or the store cannot be read or written
     */
    public Result fetch(Request req, Consumer<String> progress) throws IOException {
        SortedSet<Integer> periods = ComextBulkClient.parsePeriods(req.periods());
        if (req.importRows()) {
            List<Integer> annual = periods.stream().filter(ComextBulkClient::annual).toList();
            if (!annual.isEmpty()) {
                throw new IllegalArgumentException("--import takes monthly periods only, not " + annual + ": the store and the monitor "
                        + "work on months and skip annual rows (PERIOD YYYY52); fetch the annual file without --import, or the "
                        + "months (e.g. " + (annual.get(0) / 100) + "01-" + (annual.get(0) / 100) + "12) with it");
            }
        }
        ComextBulkClient client = new ComextBulkClient(req.baseUrl() == null ? EurostatClient.EUROSTAT : req.baseUrl(), http, clock);
        List<PeriodResult> results = new ArrayList<>();
        for (int period : periods) {
            if (req.missingOnly()) {
                List<ComextBulkClient.Fetched> stored = ComextBulkClient.stored(req.workspace(), period);
                if (!stored.isEmpty()) {
                    ComextBulkClient.Fetched last = stored.get(stored.size() - 1);
                    results.add(new PeriodResult(period, Status.ALREADY_PRESENT, last, "already in the workspace as "
                            + last.file().getFileName() + " (fetched " + last.retrieved() + "), not downloaded again"));
                    continue;
                }
            }
            URI url = client.url(period);
            progress.accept("fetching " + period + " from " + url);
            try {
                ComextBulkClient.Fetched f = client.fetch(period, req.workspace());
                results.add(f.unchanged()
                        ? new PeriodResult(period, Status.UNCHANGED, f, "identical (sha256 " + f.sha256() + ") to "
                        + f.file().getFileName() + ", already in the workspace; not stored again")
                        : new PeriodResult(period, Status.STORED, f, f.bytes() + " bytes, " + f.rows() + " rows, sha256 " + f.sha256()));
            } catch (FetchException e) {
                results.add(e.httpStatus() == 404
                        ? new PeriodResult(period, Status.NOT_PUBLISHED, null, "Eurostat has no " + ComextBulkClient.fileName(period)
                        + " (HTTP 404 from " + url + "): " + period + " is not published yet, or not at all")
                        : new PeriodResult(period, Status.FAILED, null, e.getMessage()));
            }
        }
        List<ComextStore.ImportResult> imports = List.of();
        if (req.importRows()) {
            List<Path> files = results.stream().map(PeriodResult::fetched).filter(Objects::nonNull).map(ComextBulkClient.Fetched::file).toList();
            if (!files.isEmpty()) {
                imports = new MonitorService().importComext(req.workspace(), files, req.reporters());
            }
        }
        return new Result(results, imports);
    }
}
