package be.cambium.app.service;

import be.cambium.io.eurostat.EurostatClient;
import be.cambium.io.http.FetchException;
import be.cambium.io.http.HttpFetcher;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Downloads Eurostat datasets into the workspace ({@code cambium data fetch eurostat}). */
public final class EurostatFetchService {

    /**
     * Fetches one dataset as a new vintage.
     *
     * @param format  {@code tsv}, {@code sdmx-csv} or {@code json}; null: JSON-stat when filters are given, else TSV
     * @param baseUrl Eurostat's base URL, or another server that replays its API (tests, mirrors)
     */
    public EurostatClient.Vintage fetch(String dataset, List<String> filters, @Nullable String format, Path workspace,
                                        boolean allowNewStructure, @Nullable URI baseUrl) throws FetchException {
        Map<String, String> f = EurostatClient.parseFilters(filters);
        EurostatClient.Format fmt = format != null ? EurostatClient.Format.parse(format)
                : f.isEmpty() ? EurostatClient.Format.TSV : EurostatClient.Format.JSON_STAT;
        EurostatClient client = new EurostatClient(baseUrl == null ? EurostatClient.EUROSTAT : baseUrl, HttpFetcher.standard(), Clock.systemUTC());
        return client.fetch(dataset, fmt, f, workspace, allowNewStructure);
    }
}
