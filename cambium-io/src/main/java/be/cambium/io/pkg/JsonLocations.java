package be.cambium.io.pkg;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The line and column where each value of a JSON document starts, keyed by JSON pointer
 * ({@code /resources/0/path}), so descriptor problems can point into {@code datapackage.json}.
 */
final class JsonLocations {

    private final Map<String, int[]> starts;

    private JsonLocations(Map<String, int[]> starts) {
        this.starts = starts;
    }

    /** Indexes a document that is known to parse. */
    static JsonLocations index(JsonFactory factory, String json) throws IOException {
        Map<String, int[]> m = new HashMap<>();
        final class Frame {
            final String pointer;
            final boolean array;
            int index = -1;
            String field = "";

            Frame(String pointer, boolean array) {
                this.pointer = pointer;
                this.array = array;
            }
        }
        Deque<Frame> stack = new ArrayDeque<>();
        try (JsonParser p = factory.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    stack.peek().field = p.currentName();
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    stack.pop();
                    continue;
                }
                String pointer;
                Frame top = stack.peek();
                if (top == null) {
                    pointer = "";
                } else if (top.array) {
                    top.index++;
                    pointer = top.pointer + "/" + top.index;
                } else {
                    pointer = top.pointer + "/" + escape(top.field);
                }
                JsonLocation loc = p.currentTokenLocation();
                m.put(pointer, new int[] {Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr())});
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    stack.push(new Frame(pointer, t == JsonToken.START_ARRAY));
                }
            }
        }
        return new JsonLocations(m);
    }

    static JsonLocations empty() {
        return new JsonLocations(Map.of());
    }

    /** Line and column of the value at {@code pointer}, or of its nearest enclosing value; {1,1} when unknown. */
    int[] at(String pointer) {
        String p = pointer;
        while (true) {
            int[] lc = starts.get(p);
            if (lc != null) {
                return lc;
            }
            if (p.isEmpty()) {
                return new int[] {1, 1};
            }
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
    }

    private static String escape(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }
}
