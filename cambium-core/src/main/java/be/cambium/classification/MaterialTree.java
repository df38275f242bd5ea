package be.cambium.classification;

import be.cambium.classification.internal.BundledTable;
import be.cambium.classification.internal.CsvText;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The EW-MFA material classification as a tree rooted at {@code TOTAL}, in code-list order.
 *
 * <p>Relationships used by the accounts: for a flow type {@code f} in {@link MaterialCategory#childrenSum()},
 * a code's value equals the sum of the values of its children that exist for {@code f}
 * ({@link #childrenFor(String, MfaFlowType)}).
 */
public final class MaterialTree {

    /** Issue code for a material code that is not in the tree. */
    public static final String UNKNOWN_MATERIAL = "CLS_UNKNOWN_MATERIAL";
    /** Issue code for a known material code used with a flow type Eurostat does not report it for. */
    public static final String MATERIAL_NOT_FOR_FLOW = "CLS_MATERIAL_NOT_FOR_FLOW";

    static final String RESOURCE = "ew_mfa_materials.csv";

    private final Map<String, MaterialCategory> byCode;
    private final Map<String, List<MaterialCategory>> children;
    private final MaterialCategory root;

    private MaterialTree(Collection<MaterialCategory> categories) {
        Map<String, MaterialCategory> m = new LinkedHashMap<>();
        for (MaterialCategory c : categories) {
            if (m.put(c.code(), c) != null) {
                throw new IllegalArgumentException("duplicate material code " + c.code());
            }
        }
        Map<String, List<MaterialCategory>> kids = new LinkedHashMap<>();
        MaterialCategory r = null;
        for (MaterialCategory c : m.values()) {
            kids.put(c.code(), new ArrayList<>());
        }
        for (MaterialCategory c : m.values()) {
            if (c.parent() == null) {
                if (r != null) {
                    throw new IllegalArgumentException("two roots: " + r.code() + " and " + c.code());
                }
                r = c;
                continue;
            }
            MaterialCategory p = m.get(c.parent());
            if (p == null) {
                throw new IllegalArgumentException(c.code() + ": parent " + c.parent() + " is not in the tree");
            }
            if (p.level() + 1 != c.level()) {
                throw new IllegalArgumentException(c.code() + ": level " + c.level() + " under " + p.code()
                        + " of level " + p.level());
            }
            if (!p.flows().containsAll(c.flows())) {
                throw new IllegalArgumentException(c.code() + ": exists for flows its parent " + p.code() + " does not");
            }
            kids.get(p.code()).add(c);
        }
        if (r == null) {
            throw new IllegalArgumentException("the material tree has no root");
        }
        for (MaterialCategory c : m.values()) {
            for (MfaFlowType f : c.childrenSum()) {
                if (kids.get(c.code()).stream().noneMatch(k -> k.existsFor(f))) {
                    throw new IllegalArgumentException(c.code() + ": declared the sum of its children for " + f
                            + " but has no child for " + f);
                }
            }
        }
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.byCode = Collections.unmodifiableMap(m);
        this.children = Collections.unmodifiableMap(kids);
        this.root = r;
    }

    /** A tree of the given categories; throws when parents are missing, levels are inconsistent or codes repeat. */
    public static MaterialTree of(Collection<MaterialCategory> categories) {
        return new MaterialTree(categories);
    }

    /** Reads the bundled code list ({@code ew_mfa_materials.csv}). */
    static MaterialTree loadBundled() {
        BundledTable t = BundledTable.load(MaterialTree.class, RESOURCE);
        List<MaterialCategory> list = new ArrayList<>();
        for (CsvText.Row row : t.rows()) {
            String parent = t.get(row, "parent");
            try {
                list.add(new MaterialCategory(t.get(row, "code"), t.get(row, "label"),
                        parent.isEmpty() ? null : parent, Integer.parseInt(t.get(row, "level")),
                        flows(t.get(row, "flows")), flows(t.get(row, "children_sum"))));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(t.at(row) + ": " + e.getMessage(), e);
            }
        }
        return of(list);
    }

    private static Set<MfaFlowType> flows(String spaceSeparated) {
        EnumSet<MfaFlowType> s = EnumSet.noneOf(MfaFlowType.class);
        if (!spaceSeparated.isBlank()) {
            Arrays.stream(spaceSeparated.trim().split("\\s+")).map(MfaFlowType::parse).forEach(s::add);
        }
        return s;
    }

    /** The root, {@code TOTAL}. */
    public MaterialCategory root() {
        return root;
    }

    /** All categories in code-list order (parents before children). */
    public List<MaterialCategory> all() {
        return List.copyOf(byCode.values());
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    public Optional<MaterialCategory> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The category of a code the caller knows to exist; throws {@link IllegalArgumentException} otherwise. */
    public MaterialCategory get(String code) {
        MaterialCategory c = byCode.get(Objects.requireNonNull(code, "code"));
        if (c == null) {
            throw new IllegalArgumentException("unknown EW-MFA material code '" + code + "'");
        }
        return c;
    }

    /**
     * Looks up a code met in data: unknown codes add an error {@value #UNKNOWN_MATERIAL} at {@code location}
     * to {@code report} and give an empty result.
     */
    public Optional<MaterialCategory> resolve(String code, Location location, ValidationReport.Builder report) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(report, "report");
        MaterialCategory c = byCode.get(code.trim());
        if (c == null) {
            report.error(UNKNOWN_MATERIAL, "unknown EW-MFA material code '" + code + "'" + hint(code), location);
            return Optional.empty();
        }
        return Optional.of(c);
    }

    /**
     * Like {@link #resolve(String, Location, ValidationReport.Builder)}, and also checks that Eurostat reports
     * the code for {@code flow} (e.g. {@code MF5} for domestic extraction gives {@value #MATERIAL_NOT_FOR_FLOW}).
     */
    public Optional<MaterialCategory> resolve(String code, MfaFlowType flow, Location location,
                                              ValidationReport.Builder report) {
        Optional<MaterialCategory> c = resolve(code, location, report);
        if (c.isPresent() && !c.get().existsFor(flow)) {
            report.error(MATERIAL_NOT_FOR_FLOW, "material " + code + " (" + c.get().label() + ") exists only for "
                    + c.get().flows() + ", not for " + flow, location);
            return Optional.empty();
        }
        return c;
    }

    private String hint(String code) {
        String up = code.trim().toUpperCase(java.util.Locale.ROOT).replace(".", "").replace(" ", "");
        if (!up.equals(code) && byCode.containsKey(up)) {
            return " (did you mean " + up + "?)";
        }
        if (up.matches("MF\\d[0-9A-Z]{1,4}(MEMO)?")) {
            return " (not in the bundled EW-MFA tree: codes whose use in env_ac_mfa is not confirmed, e.g. MF1110/MF11A,"
                    + " MF3A, MF2261-MF2297 and memo items, are left out; aggregate to the parent class,"
                    + " see SOURCES.md)";
        }
        return "";
    }

    public Optional<MaterialCategory> parent(String code) {
        String p = get(code).parent();
        return p == null ? Optional.empty() : Optional.of(byCode.get(p));
    }

    /** The parent, grandparent, … up to the root. */
    public List<MaterialCategory> ancestors(String code) {
        List<MaterialCategory> out = new ArrayList<>();
        Optional<MaterialCategory> p = parent(code);
        while (p.isPresent()) {
            out.add(p.get());
            p = parent(p.get().code());
        }
        return out;
    }

    /** Direct children in code-list order. */
    public List<MaterialCategory> children(String code) {
        get(code);
        return children.get(code);
    }

    /** Direct children that Eurostat reports for {@code flow}. */
    public List<MaterialCategory> childrenFor(String code, MfaFlowType flow) {
        return children(code).stream().filter(c -> c.existsFor(flow)).toList();
    }

    /** All codes below {@code code}, depth first in code-list order. */
    public List<MaterialCategory> descendants(String code) {
        List<MaterialCategory> out = new ArrayList<>();
        collect(code, out);
        return out;
    }

    private void collect(String code, List<MaterialCategory> out) {
        for (MaterialCategory c : children(code)) {
            out.add(c);
            collect(c.code(), out);
        }
    }

    public boolean isLeaf(String code) {
        return children(code).isEmpty();
    }

    /** All leaves of the tree. */
    public List<MaterialCategory> leaves() {
        return leaves(root.code());
    }

    /** The leaves at or below {@code code}. */
    public List<MaterialCategory> leaves(String code) {
        if (isLeaf(code)) {
            return List.of(get(code));
        }
        return descendants(code).stream().filter(c -> isLeaf(c.code())).toList();
    }

    /** True when Eurostat reports {@code code} only in the trade tables (e.g. MF5, MF6, MF15, MF16). */
    public boolean isTradeOnly(String code) {
        return get(code).isTradeOnly();
    }

    /** The codes Eurostat reports for {@code flow}, in code-list order. */
    public List<MaterialCategory> codesFor(MfaFlowType flow) {
        return byCode.values().stream().filter(c -> c.existsFor(flow)).toList();
    }

    /** True when {@code ancestor} is {@code code} itself or above it. */
    public boolean isWithin(String code, String ancestor) {
        get(ancestor);
        if (code.equals(ancestor)) {
            get(code);
            return true;
        }
        return ancestors(code).stream().anyMatch(a -> a.code().equals(ancestor));
    }

    public int size() {
        return byCode.size();
    }
}
