package be.cambium.io.pkg;

import be.cambium.provenance.Source;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a {@link DataPackage} as a folder: {@code datapackage.json} plus one UTF-8 CSV per
 * resource (comma, double quotes only where needed, LF line ends, missing values written as the
 * schema's first missing value). {@link DataPackageReader} reads the folder back to an equal package.
 *
 * <p>The folder is written next to the target under a temporary name and renamed into place at the
 * end, so an interrupted write never leaves half a package. The target must not exist.
 */
public final class DataPackageWriter {

    private final ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public void write(DataPackage pkg, Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new IOException("will not overwrite " + target + ": it already exists");
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
        try {
            writeInto(pkg, tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    private void writeInto(DataPackage pkg, Path dir) throws IOException {
        PackageDescriptor d = pkg.descriptor();
        for (ResourceDescriptor r : d.resources()) {
            Table t = pkg.table(r.name()).orElseThrow(() -> new IllegalArgumentException(
                    "package '" + d.name() + "' has no table for resource '" + r.name() + "'"));
            if (!t.columns().equals(r.schema().fieldNames())) {
                throw new IllegalArgumentException("table '" + t.name() + "' has columns " + t.columns()
                        + " but its schema has " + r.schema().fieldNames());
            }
            Path csv = dir.resolve(r.path()).normalize();
            if (!csv.startsWith(dir)) {
                throw new IllegalArgumentException("resource path '" + r.path() + "' leaves the package folder");
            }
            Files.createDirectories(csv.getParent());
            try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                writeCsv(t, r.schema(), w);
            }
        }
        Files.writeString(dir.resolve(DataPackageReader.DESCRIPTOR),
                mapper.writeValueAsString(descriptorJson(d)) + "\n", StandardCharsets.UTF_8);
    }

    private static void writeCsv(Table t, Schema schema, Writer w) throws IOException {
        String missing = schema.missingValues().isEmpty() ? "" : schema.missingValues().get(0);
        w.write(String.join(",", t.columns().stream().map(DataPackageWriter::quote).toList()));
        w.write('\n');
        for (int row = 0; row < t.rowCount(); row++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < t.columns().size(); c++) {
                if (c > 0) {
                    sb.append(',');
                }
                Object v = t.value(row, c);
                sb.append(quote(v == null ? missing : t.types().get(c).format(v)));
            }
            sb.append('\n');
            w.write(sb.toString());
        }
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private ObjectNode descriptorJson(PackageDescriptor d) {
        ObjectNode root = mapper.createObjectNode();
        root.put("name", d.name());
        putIfNotEmpty(root, "title", d.title());
        putIfNotEmpty(root, "version", d.version());
        putIfNotEmpty(root, "description", d.description());
        if (!d.licenses().isEmpty()) {
            ArrayNode ls = root.putArray("licenses");
            for (License l : d.licenses()) {
                ObjectNode o = ls.addObject();
                putIfNotEmpty(o, "name", l.name());
                putIfNotEmpty(o, "path", l.path());
                putIfNotEmpty(o, "title", l.title());
            }
        }
        if (!d.sources().isEmpty()) {
            ArrayNode ss = root.putArray("sources");
            for (Source s : d.sources()) {
                ObjectNode o = ss.addObject();
                o.put("id", s.id());
                o.put("title", s.title());
                if (s.url() != null) {
                    o.put("path", s.url().toString());
                }
                putIfNotEmpty(o, "datasetCode", s.datasetCode());
                putIfNotEmpty(o, "vintage", s.vintage());
                if (s.retrieved() != null) {
                    o.put("retrieved", s.retrieved().toString());
                }
                putIfNotEmpty(o, "licence", s.licence());
            }
        }
        ArrayNode rs = root.putArray("resources");
        for (ResourceDescriptor r : d.resources()) {
            ObjectNode o = rs.addObject();
            o.put("name", r.name());
            o.put("path", r.path());
            putIfNotEmpty(o, "title", r.title());
            o.put("format", "csv");
            o.put("mediatype", "text/csv");
            o.put("encoding", "utf-8");
            o.set("schema", schemaJson(r.schema()));
        }
        return root;
    }

    private ObjectNode schemaJson(Schema s) {
        ObjectNode o = mapper.createObjectNode();
        ArrayNode fs = o.putArray("fields");
        for (Field f : s.fields()) {
            ObjectNode fo = fs.addObject();
            fo.put("name", f.name());
            fo.put("type", f.type().jsonName());
            putIfNotEmpty(fo, "description", f.description());
            Constraints c = f.constraints();
            if (!c.isEmpty()) {
                ObjectNode co = fo.putObject("constraints");
                if (c.required()) {
                    co.put("required", true);
                }
                if (c.unique()) {
                    co.put("unique", true);
                }
                if (!c.enumValues().isEmpty()) {
                    ArrayNode en = co.putArray("enum");
                    c.enumValues().forEach(en::add);
                }
                if (c.minimum() != null) {
                    co.put("minimum", c.minimum());
                }
                if (c.maximum() != null) {
                    co.put("maximum", c.maximum());
                }
            }
        }
        if (!s.primaryKey().isEmpty()) {
            ArrayNode pk = o.putArray("primaryKey");
            s.primaryKey().forEach(pk::add);
        }
        if (!s.foreignKeys().isEmpty()) {
            ArrayNode fks = o.putArray("foreignKeys");
            for (ForeignKey fk : s.foreignKeys()) {
                ObjectNode ko = fks.addObject();
                ArrayNode kf = ko.putArray("fields");
                fk.fields().forEach(kf::add);
                ObjectNode ref = ko.putObject("reference");
                if (fk.reference() instanceof KeyReference.CodeList) {
                    ref.put("codeList", ((KeyReference.CodeList) fk.reference()).name());
                } else {
                    KeyReference.Resource r = (KeyReference.Resource) fk.reference();
                    ref.put("resource", r.resource());
                    ArrayNode rf = ref.putArray("fields");
                    r.fields().forEach(rf::add);
                }
            }
        }
        if (!s.missingValues().equals(Schema.DEFAULT_MISSING)) {
            ArrayNode mv = o.putArray("missingValues");
            s.missingValues().forEach(mv::add);
        }
        return o;
    }

    private static void putIfNotEmpty(ObjectNode o, String key, String value) {
        if (!value.isEmpty()) {
            o.put(key, value);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(x);
            }
        }
    }

}
