package dev.takt.sandbox.frepple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sandbox's JSON: a reader whose error messages are those of Python 3.11's {@code json} module (its C scanner,
 * which frePPLe's REST framework quotes after "JSON parse error - "), and a compact writer.
 *
 * <p>Values are plain Java: {@link Map} (insertion-ordered), {@link List}, {@link String}, {@link BigDecimal} for
 * every number read, {@link Boolean} and {@code null}. The writer also takes {@link Long}/{@link Integer} (written as
 * integers) and {@link Double} (written as Python prints a float: {@code 10.0}, {@code 3.4}).
 */
final class FreppleJson {

    private static final Pattern NUMBER = Pattern.compile("(-?(?:0|[1-9]\\d*))(\\.\\d+)?([eE][-+]?\\d+)?");

    /** Malformed JSON, with Python's message ({@code Expecting value: line 1 column 1 (char 0)}). */
    static final class ParseError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ParseError(String message) {
            super(message, null, false, false);
        }
    }

    private final String s;

    private FreppleJson(String text) {
        this.s = text;
    }

    /**
     * Reads a JSON document.
     *
     * @throws ParseError with Python's message when the text is not JSON
     */
    static Object parse(String text) {
        FreppleJson p = new FreppleJson(text);
        int idx = p.ws(0);
        Object[] out = new Object[1];
        int end = p.value(idx, out);
        if (end < 0) {
            throw p.error("Expecting value", idx);
        }
        end = p.ws(end);
        if (end != text.length()) {
            throw p.error("Extra data", end);
        }
        return out[0];
    }

    // ------------------------------------------------------------------------------------------------ reading

    /** Parses a value at {@code idx} into {@code out[0]}; returns the end, or -1 when no value starts there. */
    private int value(int idx, Object[] out) {
        if (idx >= s.length()) {
            return -1;
        }
        char c = s.charAt(idx);
        switch (c) {
            case '"' -> {
                StringBuilder sb = new StringBuilder();
                int end = string(idx + 1, sb);
                out[0] = sb.toString();
                return end;
            }
            case '{' -> {
                return object(idx + 1, out);
            }
            case '[' -> {
                return array(idx + 1, out);
            }
            default -> {
                if (s.startsWith("null", idx)) {
                    out[0] = null;
                    return idx + 4;
                }
                if (s.startsWith("true", idx)) {
                    out[0] = Boolean.TRUE;
                    return idx + 4;
                }
                if (s.startsWith("false", idx)) {
                    out[0] = Boolean.FALSE;
                    return idx + 5;
                }
                Matcher m = NUMBER.matcher(s);
                m.region(idx, s.length());
                if (m.lookingAt()) {
                    out[0] = new BigDecimal(m.group());
                    return m.end();
                }
                return -1;
            }
        }
    }

    private int object(int start, Object[] out) {
        Map<String, Object> map = new LinkedHashMap<>();
        int end = start;
        char next = at(end);
        if (next != '"') {
            end = ws(end);
            next = at(end);
            if (next == '}') {
                out[0] = map;
                return end + 1;
            }
            if (next != '"') {
                throw error("Expecting property name enclosed in double quotes", end);
            }
        }
        end++;
        while (true) {
            StringBuilder key = new StringBuilder();
            end = string(end, key);
            if (at(end) != ':') {
                end = ws(end);
                if (at(end) != ':') {
                    throw error("Expecting ':' delimiter", end);
                }
            }
            end = ws(end + 1);
            Object[] v = new Object[1];
            int after = value(end, v);
            if (after < 0) {
                throw error("Expecting value", end);
            }
            map.put(key.toString(), v[0]);
            end = ws(after);
            next = at(end);
            end++;
            if (next == '}') {
                break;
            }
            if (next != ',') {
                throw error("Expecting ',' delimiter", end - 1);
            }
            end = ws(end);
            next = at(end);
            end++;
            if (next != '"') {
                throw error("Expecting property name enclosed in double quotes", end - 1);
            }
        }
        out[0] = map;
        return end;
    }

    private int array(int start, Object[] out) {
        List<Object> list = new ArrayList<>();
        int end = ws(start);
        if (at(end) == ']') {
            out[0] = list;
            return end + 1;
        }
        while (true) {
            Object[] v = new Object[1];
            int after = value(end, v);
            if (after < 0) {
                throw error("Expecting value", end);
            }
            list.add(v[0]);
            end = ws(after);
            char next = at(end);
            end++;
            if (next == ']') {
                break;
            }
            if (next != ',') {
                throw error("Expecting ',' delimiter", end - 1);
            }
            end = ws(end);
        }
        out[0] = list;
        return end;
    }

    /** Reads a string whose opening quote is at {@code start - 1}; returns the index after the closing quote. */
    private int string(int start, StringBuilder sb) {
        int end = start;
        while (true) {
            if (end >= s.length()) {
                throw error("Unterminated string starting at", start - 1);
            }
            char c = s.charAt(end);
            if (c == '"') {
                return end + 1;
            }
            if (c < 0x20) {
                throw error("Invalid control character at", end);
            }
            if (c != '\\') {
                sb.append(c);
                end++;
                continue;
            }
            end++;
            if (end >= s.length()) {
                throw error("Unterminated string starting at", start - 1);
            }
            char esc = s.charAt(end);
            switch (esc) {
                case '"', '\\', '/' -> sb.append(esc);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (end + 5 > s.length() || !s.substring(end + 1, end + 5).matches("[0-9a-fA-F]{4}")) {
                        throw error("Invalid \\uXXXX escape", end - 1);
                    }
                    sb.append((char) Integer.parseInt(s.substring(end + 1, end + 5), 16));
                    end += 4;
                }
                default -> throw error("Invalid \\escape", end - 1);
            }
            end++;
        }
    }

    private char at(int i) {
        return i < s.length() ? s.charAt(i) : '\0';
    }

    private int ws(int i) {
        int j = i;
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\n'
                || s.charAt(j) == '\r')) {
            j++;
        }
        return j;
    }

    private ParseError error(String message, int pos) {
        int line = 1;
        int lastNewline = -1;
        for (int i = 0; i < pos && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                line++;
                lastNewline = i;
            }
        }
        return new ParseError(message + ": line " + line + " column " + (pos - lastNewline) + " (char " + pos + ")");
    }

    // ------------------------------------------------------------------------------------------------ writing

    /** Compact JSON, as frePPLe's REST framework renders it. */
    static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(value, sb);
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(Object v, StringBuilder sb) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String str) {
            quote(str, sb);
        } else if (v instanceof Boolean b) {
            sb.append(b ? "true" : "false");
        } else if (v instanceof Double d) {
            sb.append(pyFloat(d));
        } else if (v instanceof BigDecimal d) {
            sb.append(d.toPlainString());
        } else if (v instanceof Number n) {
            sb.append(n.longValue());
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                quote(e.getKey(), sb);
                sb.append(':');
                write(e.getValue(), sb);
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(l.get(i), sb);
            }
            sb.append(']');
        } else {
            quote(v.toString(), sb);
        }
    }

    private static void quote(String str, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < str.length(); i++) {
            char c = str.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** A float as Python's {@code repr} prints it (enough for the quantities in a plan). */
    static String pyFloat(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return (long) d + ".0";
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
