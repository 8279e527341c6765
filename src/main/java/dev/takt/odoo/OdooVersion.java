package dev.takt.odoo;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code common.version} says about the Odoo server.
 *
 * @param serverVersion {@code server_version}, e.g. {@code 17.0-20240709} or {@code saas~17.2+e}
 * @param major         the major version, e.g. 17
 * @param minor         the minor version (0 for a stable release, n for {@code saas~17.n})
 */
public record OdooVersion(String serverVersion, int major, int minor) {

    private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d+)(?:\\.(\\d+))?");

    /** The field dialect of this version. */
    public OdooDialect dialect() {
        return OdooDialect.forMajorVersion(major);
    }

    /**
     * Reads the result of {@code common.version}: {@code server_version_info} first (its first element is a number
     * for stable releases, a text such as {@code saas~17} for SaaS ones), then {@code server_serie}, then
     * {@code server_version}.
     *
     * @throws IllegalArgumentException when no version number can be found
     */
    public static OdooVersion of(JsonValue versionResult) {
        if (!(versionResult instanceof JsonObject result)) {
            throw new IllegalArgumentException("common.version answered " + versionResult + ", not a version");
        }
        String text = OdooJson.string(result, "server_version");
        JsonValue info = result.get("server_version_info");
        if (info instanceof JsonArray parts && parts.size() >= 2) {
            Integer major = leadingNumber(parts.get(0));
            Integer minor = leadingNumber(parts.get(1));
            if (major != null) {
                return new OdooVersion(text != null ? text : major + "." + (minor == null ? 0 : minor), major,
                        minor == null ? 0 : minor);
            }
        }
        for (String candidate : new String[] {OdooJson.string(result, "server_serie"), text}) {
            if (candidate != null) {
                Matcher m = MAJOR_MINOR.matcher(candidate);
                if (m.find()) {
                    int major = Integer.parseInt(m.group(1));
                    int minor = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                    return new OdooVersion(text != null ? text : candidate, major, minor);
                }
            }
        }
        throw new IllegalArgumentException("common.version answered no version number: " + result);
    }

    private static Integer leadingNumber(JsonValue v) {
        if (v instanceof JsonNumber n) {
            return n.intValue();
        }
        if (v instanceof JsonString s) {
            Matcher m = Pattern.compile("(\\d+)").matcher(s.getString());
            return m.find() ? Integer.valueOf(m.group(1)) : null;
        }
        return null;
    }
}
