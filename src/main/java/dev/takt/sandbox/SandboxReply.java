package dev.takt.sandbox;

/**
 * What the sandbox answers to one HTTP request, independent of any servlet container.
 *
 * @param status         HTTP status
 * @param contentType    content type of the body (null when there is no body)
 * @param body           the body (empty for an empty response)
 * @param dropConnection true when the connection must be cut mid-response (simulated reset or outage)
 * @param delayMillis    latency to add before answering
 */
public record SandboxReply(int status, String contentType, String body, boolean dropConnection, long delayMillis) {

    static final String JSON = "application/json";
    static final String TEXT = "text/plain;charset=utf-8";

    static SandboxReply json(int status, String body) {
        return new SandboxReply(status, JSON, body, false, 0);
    }

    static SandboxReply text(int status, String body) {
        return new SandboxReply(status, TEXT, body, false, 0);
    }

    SandboxReply delayed(long millis) {
        return new SandboxReply(status, contentType, body, dropConnection, millis);
    }
}
