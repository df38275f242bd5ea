package be.cambium.io.mrio;

import be.cambium.footprint.IoSystem;
import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads an MRIO aggregation concordance: a CSV with header {@code axis,code,group}, {@code axis} one of
 * {@code region}, {@code sector}, {@code category}; each row maps one code of the system to its group
 * (many-to-one). An axis without rows is left as it is. Checked against the system it will aggregate:
 * a code of the system missing from a mapped axis is {@code MRIO_CONCORDANCE_UNMAPPED} (error), a code mapped
 * twice to different groups {@code MRIO_CONCORDANCE_DUPLICATE} (error), a code the system does not have
 * {@code MRIO_CONCORDANCE_UNUSED} (warning), all located at file:line:column.
 */
public final class ConcordanceReader {

    public static final String HEADER = "axis,code,group";

    /** The three maps (empty when the axis is not aggregated) and the warnings. */
    public record Result(Map<String, String> regions, Map<String, String> sectors, Map<String, String> categories,
            ValidationReport report) {
    }

    private ConcordanceReader() {
    }

    public static Result read(Path file, IoSystem system) throws MrioReadException {
        String name = file.toString();
        ValidationReport.Builder rb = ValidationReport.builder();
        Map<String, Map<String, String>> maps = new LinkedHashMap<>();
        for (String a : List.of("region", "sector", "category")) {
            maps.put(a, new LinkedHashMap<>());
        }
        Map<String, Set<String>> known = Map.of(
                "region", new LinkedHashSet<>(system.sectors().regions()),
                "sector", new LinkedHashSet<>(system.sectors().items()),
                "category", new LinkedHashSet<>(system.finalDemandCategories().items()));
        known.get("region").addAll(system.finalDemandCategories().regions());
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String h = in.readLine();
            if (h == null || !IcioReader.stripBom(h).replace(" ", "").toLowerCase(Locale.ROOT).startsWith(HEADER)) {
                throw new MrioReadException(Issue.error("MRIO_FORMAT", "header must be '" + HEADER + "'", Location.line(name, 1)));
            }
            String line;
            int no = 1;
            while ((line = in.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = Csv.split(line);
                if (f.length < 3 || f[1].isBlank() || f[2].isBlank()) {
                    rb.add(Issue.error("MRIO_FIELD_COUNT", "needs axis, code and group", Location.at(name, no, Math.min(f.length, 2) + 1)));
                    continue;
                }
                String axis = f[0].trim().toLowerCase(Locale.ROOT);
                Map<String, String> m = maps.get(axis);
                if (m == null) {
                    rb.add(Issue.error("MRIO_FORMAT", "axis must be region, sector or category, not '" + f[0].trim() + "'",
                            Location.at(name, no, 1)));
                    continue;
                }
                String code = f[1].trim();
                String group = f[2].trim();
                String prev = m.putIfAbsent(code, group);
                if (prev != null && !prev.equals(group)) {
                    rb.add(Issue.error("MRIO_CONCORDANCE_DUPLICATE", axis + " '" + code + "' is mapped to '" + prev
                            + "' above and to '" + group + "' here", Location.at(name, no, 3)));
                } else if (!known.get(axis).contains(code)) {
                    rb.add(Issue.warning("MRIO_CONCORDANCE_UNUSED", "the system has no " + axis + " '" + code + "'",
                            Location.at(name, no, 2)));
                }
            }
        } catch (IOException e) {
            throw new MrioReadException(Issue.error("MRIO_MISSING_FILE", "cannot read: " + e.getMessage(), Location.file(name)));
        }
        for (Map.Entry<String, Map<String, String>> e : maps.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (String c : known.get(e.getKey())) {
                if (!e.getValue().containsKey(c)) {
                    missing.add(c);
                }
            }
            if (!missing.isEmpty()) {
                rb.add(Issue.error("MRIO_CONCORDANCE_UNMAPPED", missing.size() + " " + e.getKey() + " code(s) of the system have no group: "
                        + (missing.size() > 10 ? missing.subList(0, 10) + " ..." : missing), Location.file(name)));
            }
        }
        ValidationReport r = rb.build();
        if (r.hasErrors()) {
            throw new MrioReadException(r);
        }
        return new Result(Map.copyOf(maps.get("region")), Map.copyOf(maps.get("sector")), Map.copyOf(maps.get("category")), r);
    }
}
