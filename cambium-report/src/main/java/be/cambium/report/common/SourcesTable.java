package be.cambium.report.common;

import be.cambium.provenance.Source;
import be.cambium.report.model.ReportTable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one {@code sources} table every command writes and the report shows: {@code id, title, publisher, url,
 * dataset, vintage, retrieved, licence}, one row per source id (the first of a repeated id is kept).
 * The publisher is the source's own; where none is stated it is the host of its URL, so a reader always sees who
 * serves the figure.
 */
public final class SourcesTable {

    /** The columns, in order. */
    public static final String[] COLUMNS = {"id", "title", "publisher", "url", "dataset", "vintage", "retrieved", "licence"};

    private SourcesTable() {
    }

    /** The table with id {@code sources}. */
    public static ReportTable of(Collection<Source> sources) {
        return of("sources", "Sources of every figure, with their vintage", sources);
    }

    public static ReportTable of(String id, String title, Collection<Source> sources) {
        Map<String, Source> byId = new LinkedHashMap<>();
        sources.forEach(s -> byId.putIfAbsent(s.id(), s));
        ReportTable.Builder t = ReportTable.builder(id, title, COLUMNS);
        for (Source s : byId.values()) {
            t.row(s.id(), s.title(), publisher(s), s.url() == null ? "" : s.url().toString(), s.datasetCode(), s.vintage(),
                    s.retrieved() == null ? "" : s.retrieved().toString(), s.licence());
        }
        return t.note("vintage: the publisher's release the figures come from; retrieved: the day it was downloaded, "
                + "where known.").build();
    }

    /** The stated publisher, else the URL's host, else empty. */
    public static String publisher(Source s) {
        if (!s.publisher().isEmpty()) {
            return s.publisher();
        }
        if (s.url() != null && s.url().getHost() != null) {
            String h = s.url().getHost();
            return h.startsWith("www.") ? h.substring(4) : h;
        }
        return "";
    }
}
