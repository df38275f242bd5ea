package be.cambium.io.pkg;

import be.cambium.provenance.Source;
import be.cambium.validate.Issue;
import be.cambium.validate.Location;
import be.cambium.validate.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns the JSON tree of {@code datapackage.json} into a {@link PackageDescriptor}, reporting every
 * missing or malformed property as {@link PackageIssues#DESCRIPTOR} at its line and column and
 * keeping whatever can still be used.
 */
final class DescriptorParser {

    private final String file;
    private final JsonLocations locations;
    private final ValidationReport.Builder issues;
    private final CodeListProvider codeLists;

    DescriptorParser(String file, JsonLocations locations, ValidationReport.Builder issues, CodeListProvider codeLists) {
        this.file = file;
        this.locations = locations;
        this.issues = issues;
        this.codeLists = codeLists;
    }

    Location loc(String pointer) {
        int[] lc = locations.at(pointer);
        return Location.at(file, lc[0], lc[1]);
    }

    private void problem(String pointer, String message) {
        issues.add(Issue.error(PackageIssues.DESCRIPTOR, message, loc(pointer)));
    }

    @Nullable PackageDescriptor parse(JsonNode root) {
        if (!root.isObject()) {
            problem("", "datapackage.json must hold a JSON object");
            return null;
        }
        String name = requiredText(root, "", "name", "the package");
        String title = optionalText(root, "", "title");
        String version = optionalText(root, "", "version");
        String description = optionalText(root, "", "description");
        List<License> licenses = licenses(root);
        List<Source> sources = sources(root);
        List<ResourceDescriptor> resources = resources(root);
        checkForeignKeyTargets(root, resources);
        return new PackageDescriptor(name, title, version, description, licenses, sources, resources);
    }

    private List<License> licenses(JsonNode root) {
        List<License> out = new ArrayList<>();
        JsonNode arr = root.get("licenses");
        if (arr == null) {
            return out;
        }
        if (!arr.isArray()) {
            problem("/licenses", "'licenses' must be an array of objects with 'name' and/or 'path'");
            return out;
        }
        for (int i = 0; i < arr.size(); i++) {
            String p = "/licenses/" + i;
            JsonNode l = arr.get(i);
            if (!l.isObject()) {
                problem(p, "a licence must be an object with 'name' and/or 'path'");
                continue;
            }
            License lic = new License(optionalText(l, p, "name"), optionalText(l, p, "path"), optionalText(l, p, "title"));
            if (lic.name().isEmpty() && lic.path().isEmpty()) {
                problem(p, "a licence needs a 'name' or a 'path'");
            }
            out.add(lic);
        }
        return out;
    }

    private List<Source> sources(JsonNode root) {
        List<Source> out = new ArrayList<>();
        JsonNode arr = root.get("sources");
        if (arr == null) {
            return out;
        }
        if (!arr.isArray()) {
            problem("/sources", "'sources' must be an array of objects");
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < arr.size(); i++) {
            String p = "/sources/" + i;
            JsonNode s = arr.get(i);
            if (!s.isObject()) {
                problem(p, "a source must be an object with at least a 'title'");
                continue;
            }
            String title = requiredText(s, p, "title", "source " + (i + 1));
            String id = optionalText(s, p, "id");
            if (id.isBlank()) {
                id = "source-" + (i + 1);
            } else if (!ids.add(id)) {
                problem(p + "/id", "duplicate source id '" + id + "'");
            }
            String where = optionalText(s, p, "path");
            String wherePointer = p + "/path";
            if (where.isEmpty()) {
                where = optionalText(s, p, "url");
                wherePointer = p + "/url";
            }
            URI url = null;
            if (!where.isEmpty()) {
                try {
                    url = new URI(where);
                } catch (URISyntaxException e) {
                    problem(wherePointer, "source '" + id + "': '" + where + "' is not a valid URL: " + e.getReason());
                }
            }
            LocalDate retrieved = null;
            String r = optionalText(s, p, "retrieved");
            if (!r.isEmpty()) {
                try {
                    retrieved = LocalDate.parse(r);
                } catch (DateTimeParseException e) {
                    problem(p + "/retrieved", "source '" + id + "': retrieved '" + r + "' is not a date yyyy-mm-dd");
                }
            }
            out.add(new Source(id, title, url, optionalText(s, p, "datasetCode"), optionalText(s, p, "vintage"),
                    retrieved, optionalText(s, p, "licence"), optionalText(s, p, "publisher")));
        }
        return out;
    }

    private List<ResourceDescriptor> resources(JsonNode root) {
        List<ResourceDescriptor> out = new ArrayList<>();
        JsonNode arr = root.get("resources");
        if (arr == null || !arr.isArray() || arr.isEmpty()) {
            problem(arr == null ? "" : "/resources", "the package needs a non-empty 'resources' array");
            return out;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < arr.size(); i++) {
            String p = "/resources/" + i;
            JsonNode r = arr.get(i);
            if (!r.isObject()) {
                problem(p, "a resource must be an object with 'name', 'path' and 'schema'");
                continue;
            }
            String name = requiredText(r, p, "name", "resource " + (i + 1));
            String label = name.isEmpty() ? "resource " + (i + 1) : "resource '" + name + "'";
            if (!name.isEmpty() && !names.add(name)) {
                problem(p + "/name", "duplicate resource name '" + name + "'");
            }
            String path = requiredText(r, p, "path", label);
            if (!path.isEmpty() && (path.startsWith("/") || path.contains("..") || path.contains("\\") || path.contains(":"))) {
                problem(p + "/path", label + ": path '" + path + "' must be a relative path inside the package folder");
                path = "";
            }
            Schema schema = schema(r.get("schema"), p + "/schema", label);
            if (name.isEmpty() || path.isEmpty() || schema == null) {
                continue;
            }
            out.add(new ResourceDescriptor(name, path, optionalText(r, p, "title"), schema));
        }
        return out;
    }

    private @Nullable Schema schema(@Nullable JsonNode s, String p, String label) {
        if (s == null || !s.isObject()) {
            problem(s == null ? p.substring(0, p.lastIndexOf('/')) : p, label + ": needs a 'schema' object with 'fields'");
            return null;
        }
        JsonNode fs = s.get("fields");
        if (fs == null || !fs.isArray() || fs.isEmpty()) {
            problem(fs == null ? p : p + "/fields", label + ": the schema needs a non-empty 'fields' array");
            return null;
        }
        List<Field> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < fs.size(); i++) {
            String fp = p + "/fields/" + i;
            Field f = field(fs.get(i), fp, label);
            if (f == null) {
                continue;
            }
            if (!names.add(f.name())) {
                problem(fp + "/name", label + ": duplicate field '" + f.name() + "'");
                continue;
            }
            fields.add(f);
        }
        if (fields.isEmpty()) {
            return null;
        }
        List<String> primaryKey = names(s.get("primaryKey"), p + "/primaryKey", label + ": 'primaryKey'");
        for (String k : primaryKey) {
            if (!names.contains(k)) {
                problem(p + "/primaryKey", label + ": primary key field '" + k + "' is not in the schema");
            }
        }
        primaryKey = primaryKey.stream().filter(names::contains).toList();
        List<ForeignKey> fks = foreignKeys(s.get("foreignKeys"), p + "/foreignKeys", label, names);
        List<String> missing = Schema.DEFAULT_MISSING;
        JsonNode mv = s.get("missingValues");
        if (mv != null) {
            if (!mv.isArray()) {
                problem(p + "/missingValues", label + ": 'missingValues' must be an array of strings");
            } else {
                List<String> l = new ArrayList<>();
                mv.forEach(v -> l.add(v.asText()));
                missing = l;
            }
        }
        return new Schema(fields, primaryKey, fks, missing);
    }

    private @Nullable Field field(JsonNode f, String fp, String label) {
        if (!f.isObject()) {
            problem(fp, label + ": a field must be an object with 'name' and 'type'");
            return null;
        }
        String name = requiredText(f, fp, "name", label + " field");
        if (name.isBlank()) {
            return null;
        }
        String typeName = optionalText(f, fp, "type");
        FieldType type = FieldType.STRING;
        if (!typeName.isEmpty()) {
            type = FieldType.fromJsonName(typeName).orElse(null);
            if (type == null) {
                problem(fp + "/type", label + ": field '" + name + "' has unsupported type '" + typeName
                        + "' (use string, integer, number, boolean, date or year)");
                type = FieldType.STRING;
            }
        }
        Constraints c = Constraints.none();
        JsonNode cs = f.get("constraints");
        String cp = fp + "/constraints";
        if (cs != null) {
            if (!cs.isObject()) {
                problem(cp, label + ": constraints of field '" + name + "' must be an object");
            } else {
                c = c.withRequired(bool(cs, cp, "required")).withUnique(bool(cs, cp, "unique"));
                JsonNode en = cs.get("enum");
                if (en != null) {
                    if (!en.isArray() || en.isEmpty()) {
                        problem(cp + "/enum", label + ": 'enum' of field '" + name + "' must be a non-empty array");
                    } else {
                        List<String> vals = new ArrayList<>();
                        for (int i = 0; i < en.size(); i++) {
                            String v = en.get(i).asText();
                            if (type.parse(v) == null) {
                                problem(cp + "/enum/" + i, label + ": enum value '" + v + "' of field '" + name
                                        + "' is not " + type.expectation());
                            } else {
                                vals.add(v);
                            }
                        }
                        c = c.withEnum(vals);
                    }
                }
                BigDecimal min = bound(cs, cp, "minimum", name, label, type);
                BigDecimal max = bound(cs, cp, "maximum", name, label, type);
                c = c.withRange(min, max);
            }
        }
        return new Field(name, type, optionalText(f, fp, "description"), c);
    }

    private @Nullable BigDecimal bound(JsonNode cs, String cp, String key, String field, String label, FieldType type) {
        JsonNode b = cs.get(key);
        if (b == null) {
            return null;
        }
        if (type != FieldType.INTEGER && type != FieldType.NUMBER && type != FieldType.YEAR) {
            problem(cp + "/" + key, label + ": '" + key + "' of field '" + field + "' is only supported for integer, number and year fields");
            return null;
        }
        try {
            return new BigDecimal(b.asText());
        } catch (NumberFormatException e) {
            problem(cp + "/" + key, label + ": '" + key + "' of field '" + field + "' must be a number");
            return null;
        }
    }

    private List<ForeignKey> foreignKeys(@Nullable JsonNode arr, String p, String label, Set<String> fieldNames) {
        List<ForeignKey> out = new ArrayList<>();
        if (arr == null) {
            return out;
        }
        if (!arr.isArray()) {
            problem(p, label + ": 'foreignKeys' must be an array");
            return out;
        }
        for (int i = 0; i < arr.size(); i++) {
            String kp = p + "/" + i;
            JsonNode k = arr.get(i);
            if (!k.isObject()) {
                problem(kp, label + ": a foreign key must be an object with 'fields' and 'reference'");
                continue;
            }
            List<String> fields = names(k.get("fields"), kp + "/fields", label + ": foreign key 'fields'");
            boolean ok = !fields.isEmpty();
            if (fields.isEmpty()) {
                problem(kp, label + ": a foreign key needs 'fields'");
            }
            for (String f : fields) {
                if (!fieldNames.contains(f)) {
                    problem(kp + "/fields", label + ": foreign key field '" + f + "' is not in the schema");
                    ok = false;
                }
            }
            JsonNode ref = k.get("reference");
            String rp = kp + "/reference";
            if (ref == null || !ref.isObject()) {
                problem(ref == null ? kp : rp, label + ": a foreign key needs a 'reference' object");
                continue;
            }
            KeyReference reference;
            if (ref.has("codeList")) {
                String list = ref.get("codeList").asText();
                if (codeLists.find(list).isEmpty()) {
                    problem(rp + "/codeList", label + ": unknown code list '" + list + "'"
                            + (codeLists.names().isEmpty() ? "" : " (known: " + String.join(", ", codeLists.names()) + ")"));
                    ok = false;
                }
                if (fields.size() != 1) {
                    problem(kp + "/fields", label + ": a code-list foreign key takes exactly one field");
                    ok = false;
                }
                reference = new KeyReference.CodeList(list);
            } else {
                JsonNode res = ref.get("resource");
                List<String> refFields = names(ref.get("fields"), rp + "/fields", label + ": reference 'fields'");
                if (res == null || !res.isTextual() || refFields.isEmpty()) {
                    problem(rp, label + ": a reference needs 'resource' and 'fields' (or 'codeList')");
                    continue;
                }
                if (refFields.size() != fields.size()) {
                    problem(rp + "/fields", label + ": foreign key has " + fields.size() + " fields but its reference has " + refFields.size());
                    continue;
                }
                reference = new KeyReference.Resource(res.asText(), refFields);
            }
            if (ok) {
                out.add(new ForeignKey(fields, reference));
            }
        }
        return out;
    }

    /** Resource references must name a resource of the package and fields of its schema. */
    private void checkForeignKeyTargets(JsonNode root, List<ResourceDescriptor> resources) {
        JsonNode arr = root.get("resources");
        for (ResourceDescriptor r : resources) {
            int ri = indexOfResource(arr, r.name());
            for (int k = 0; k < r.schema().foreignKeys().size(); k++) {
                ForeignKey fk = r.schema().foreignKeys().get(k);
                if (!(fk.reference() instanceof KeyReference.Resource)) {
                    continue;
                }
                KeyReference.Resource ref = (KeyReference.Resource) fk.reference();
                String rp = "/resources/" + ri + "/schema/foreignKeys/" + k + "/reference";
                String target = ref.resource().isEmpty() ? r.name() : ref.resource();
                ResourceDescriptor t = resources.stream().filter(x -> x.name().equals(target)).findFirst().orElse(null);
                if (t == null) {
                    problem(rp + "/resource", "resource '" + r.name() + "': foreign key references unknown resource '" + target + "'");
                    continue;
                }
                for (String f : ref.fields()) {
                    if (t.schema().indexOf(f) < 0) {
                        problem(rp + "/fields", "resource '" + r.name() + "': foreign key references field '" + f
                                + "' that resource '" + target + "' does not have");
                    }
                }
            }
        }
    }

    /** Position of the resource named {@code name} in the descriptor's {@code resources} array (0 when not found). */
    static int indexOfResource(@Nullable JsonNode arr, String name) {
        if (arr != null && arr.isArray()) {
            for (int i = 0; i < arr.size(); i++) {
                JsonNode n = arr.get(i).get("name");
                if (n != null && name.equals(n.asText())) {
                    return i;
                }
            }
        }
        return 0;
    }

    /** A string or an array of strings (primaryKey, foreign key fields). */
    private List<String> names(@Nullable JsonNode n, String p, String what) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n.isTextual()) {
            out.add(n.asText());
        } else if (n.isArray()) {
            for (JsonNode x : n) {
                if (x.isTextual()) {
                    out.add(x.asText());
                } else {
                    problem(p, what + " must be a string or an array of strings");
                }
            }
        } else {
            problem(p, what + " must be a string or an array of strings");
        }
        return out;
    }

    private String requiredText(JsonNode obj, String p, String key, String owner) {
        JsonNode n = obj.get(key);
        if (n == null || n.isNull()) {
            problem(p, owner + " is missing the required property '" + key + "'");
            return "";
        }
        if (!n.isTextual() || n.asText().isBlank()) {
            problem(p + "/" + key, owner + ": '" + key + "' must be a non-empty string");
            return "";
        }
        return n.asText();
    }

    private String optionalText(JsonNode obj, String p, String key) {
        JsonNode n = obj.get(key);
        if (n == null || n.isNull()) {
            return "";
        }
        if (!n.isValueNode() || n.isBoolean()) {
            problem(p + "/" + key, "'" + key + "' must be a string");
            return "";
        }
        return n.asText();
    }

    private boolean bool(JsonNode obj, String p, String key) {
        JsonNode n = obj.get(key);
        if (n == null) {
            return false;
        }
        if (!n.isBoolean()) {
            problem(p + "/" + key, "'" + key + "' must be true or false");
            return false;
        }
        return n.booleanValue();
    }
}
