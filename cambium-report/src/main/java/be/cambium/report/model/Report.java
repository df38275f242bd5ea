package be.cambium.report.model;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A whole report: a title, the day it describes (passed in, never read from a clock here),
 * sections in order, and every source cited by its tables and charts.
 */
public record Report(String title, String subtitle, String generated, List<Section> sections, List<String> sources) {

    public Report {
        sections = List.copyOf(sections);
        sources = List.copyOf(sources);
        Set<String> ids = new HashSet<>();
        for (Section s : sections) {
            for (ReportTable t : s.tables()) {
                if (!ids.add("t:" + t.id())) {
                    throw new IllegalArgumentException("two tables share the id '" + t.id() + "'");
                }
            }
            for (Chart c : s.charts()) {
                if (!ids.add("c:" + c.id())) {
                    throw new IllegalArgumentException("two charts share the id '" + c.id() + "'");
                }
            }
        }
    }

    public List<ReportTable> tables() {
        return sections.stream().flatMap(s -> s.tables().stream()).toList();
    }

    /** Every citation of every table and chart plus the report-level ones, each once, in order of appearance. */
    public List<String> allSources() {
        Set<String> all = new LinkedHashSet<>(sources);
        for (Section s : sections) {
            s.tables().forEach(t -> all.addAll(t.sources()));
            s.charts().forEach(c -> all.addAll(c.sources()));
        }
        return List.copyOf(all);
    }
}
