package dev.takt.sandbox.frepple;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the frePPLe sandbox answers to one HTTP request, independent of any servlet container.
 *
 * @param status         HTTP status
 * @param contentType    content type of the body, or null when frePPLe sends none (204, the refused bulk DELETE)
 * @param body           the body (empty for an empty response)
 * @param headers        further headers ({@code Location} relative to frePPLe's root, {@code WWW-Authenticate},
 *                       {@code Retry-After})
 * @param dropConnection true when the connection must be cut mid-response (simulated reset or outage)
 * @param delayMillis    latency to add before answering
 */
public record FreppleReply(int status, String contentType, String body, Map<String, String> headers,
        boolean dropConnection, long delayMillis) {

    /** Content type of JSON replies. */
    public static final String JSON = "application/json";
    /** Content type of Django's HTML replies. */
    public static final String HTML = "text/html; charset=utf-8";

    /** Copies the headers. */
    public FreppleReply {
        headers = Map.copyOf(headers == null ? Map.of() : headers);
        body = body == null ? "" : body;
    }

    static FreppleReply json(int status, Object value) {
        return new FreppleReply(status, JSON, FreppleJson.write(value), Map.of(), false, 0);
    }

    static FreppleReply html(int status, String body) {
        return new FreppleReply(status, HTML, body, Map.of(), false, 0);
    }

    static FreppleReply empty(int status) {
        return new FreppleReply(status, null, "", Map.of(), false, 0);
    }

    static FreppleReply redirect(int status, String location) {
        return new FreppleReply(status, HTML, "", Map.of("Location", location), false, 0);
    }

    FreppleReply withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new FreppleReply(status, contentType, body, h, dropConnection, delayMillis);
    }

    FreppleReply delayed(long millis) {
        return new FreppleReply(status, contentType, body, headers, dropConnection, millis);
    }

    /**
     * The {@code Location} header as a container serving the sandbox under {@code mount} (e.g.
     * {@code /sandbox/frepple}) must send it: frePPLe's root-relative locations are moved under the mount.
     */
    public String location(String mount) {
        String location = headers.get("Location");
        if (location == null || !location.startsWith("/")) {
            return location;
        }
        String m = mount == null ? "" : mount.endsWith("/") ? mount.substring(0, mount.length() - 1) : mount;
        return m + location;
    }
}
