package dev.takt.planning.frepple;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a failed frePPLe call may succeed if tried again (retriable) or will fail the same way
 * (permanent), and why. The only place in Takt that knows which frePPLe answers are which.
 *
 * <ul>
 *   <li><b>Retriable</b>: no connection, a reset, a timeout ({@link Reason#CONNECTION}, {@link Reason#TIMEOUT});
 *       HTTP 429 and 408 ({@link Reason#THROTTLED}, {@link Reason#TIMEOUT}); HTTP 5xx
 *       ({@link Reason#SERVER_ERROR}) — with the exception below; an empty or unreadable JSON reply
 *       ({@link Reason#MALFORMED_REPLY}).</li>
 *   <li><b>Permanent</b>: 400 with frePPLe's field messages ({@link Reason#INVALID}), 401 ({@link Reason#UNAUTHENTICATED}),
 *       403 — frePPLe's "Missing or invalid webtoken" — ({@link Reason#FORBIDDEN}), 404 ({@link Reason#NOT_FOUND}),
 *       other 4xx ({@link Reason#REJECTED}); a redirect to frePPLe's home page, which is how frePPLe 7.3 answers an
 *       entity it does not have, such as {@code /api/input/workorder/} ({@link Reason#UNKNOWN_ENTITY}); any other
 *       redirect ({@link Reason#REDIRECTED}: the URL is wrong); a TLS failure ({@link Reason#TLS}); a web page where
 *       JSON was expected (the URL points at frePPLe's user interface or a login page, {@link Reason#NOT_AN_API});
 *       a task launch answered {@code {"message": "Exception launching task"}} ({@link Reason#TASK_NOT_LAUNCHED}).</li>
 *   <li><b>The known HTTP 500 is permanent</b> ({@link Reason#MISSING_REQUIRED}): frePPLe 7.3 answers a write that
 *       creates a record without a required reference (a demand without its item, recorded in
 *       {@code error_post_demand_missing_required_500}) not with a 400 but with Django's HTML error page, because
 *       the database's NOT NULL constraint fails after validation. The same request fails the same way every time:
 *       retrying it would only repeat the failure four times, load frePPLe, delay the dead letter and, through the
 *       circuit breaker, block healthy calls. So a 500 carrying Django's HTML error page in answer to a write (POST,
 *       PUT, PATCH) is permanent. The price: a genuine transient server failure during a write that shows the same
 *       page also goes to the dead letters at once, where an administrator replays it — a bounded cost, against an
 *       endless retry of a poison request. A 500 on a read or a delete, a 500 that is not that page (a proxy's), and
 *       every 502/503/504 stay retriable.</li>
 * </ul>
 */
public final class FreppleErrorClassifier {

    /** Whether trying the same call again may succeed. */
    public enum Classification {
        /** Transient: the same call may succeed later. */
        RETRIABLE,
        /** The same call will fail the same way. */
        PERMANENT
    }

    /** What went wrong. */
    public enum Reason {
        /** No connection, refused, reset or cut mid-answer. */
        CONNECTION,
        /** No answer in time (or HTTP 408). */
        TIMEOUT,
        /** HTTP 5xx. */
        SERVER_ERROR,
        /** HTTP 429. */
        THROTTLED,
        /** An empty or unreadable reply where JSON was expected. */
        MALFORMED_REPLY,
        /** HTTP 400: frePPLe's validation messages. */
        INVALID,
        /** HTTP 401: no or wrong credentials. */
        UNAUTHENTICATED,
        /** HTTP 403: the web token is missing, invalid or expired. */
        FORBIDDEN,
        /** HTTP 404: no such record. */
        NOT_FOUND,
        /** Another HTTP 4xx (405, 415 …). */
        REJECTED,
        /** A redirect to frePPLe's home page: frePPLe has no such entity. */
        UNKNOWN_ENTITY,
        /** Another redirect: the configured URL is not frePPLe's. */
        REDIRECTED,
        /** HTTP 500 with Django's error page on a write: a required reference is missing. */
        MISSING_REQUIRED,
        /** A web page where JSON was expected. */
        NOT_AN_API,
        /** The TLS handshake failed. */
        TLS,
        /** frePPLe could not launch the task. */
        TASK_NOT_LAUNCHED
    }

    /**
     * A classification with its reason.
     *
     * @param classification retriable or permanent
     * @param reason         what went wrong
     */
    public record Verdict(Classification classification, Reason reason) {

        static Verdict retriable(Reason reason) {
            return new Verdict(Classification.RETRIABLE, reason);
        }

        static Verdict permanent(Reason reason) {
            return new Verdict(Classification.PERMANENT, reason);
        }
    }

    /** frePPLe's answer to a task launch it could not start. */
    public static final String TASK_LAUNCH_FAILED = "Exception launching task";

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

    private FreppleErrorClassifier() {
    }

    /**
     * Classifies an HTTP answer.
     *
     * @param method      the request's method
     * @param status      the HTTP status
     * @param contentType the answer's content type, or null
     * @param location    the {@code Location} header of a redirect, resolved against the request, or null
     * @param root        frePPLe's root URL (the configured base URL with a trailing slash)
     * @param body        the answer's body (possibly empty)
     * @return the verdict, or empty when the answer is a success
     */
    public static Optional<Verdict> classify(String method, int status, String contentType, URI location, URI root,
            String body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String text = body == null ? "" : body;
        if (status >= 200 && status < 300) {
            if (status == 204) {
                return Optional.empty();
            }
            if (type.startsWith("text/html")) {
                return Optional.of(Verdict.permanent(Reason.NOT_AN_API));
            }
            if (text.isBlank()) {
                return Optional.of(Verdict.retriable(Reason.MALFORMED_REPLY));
            }
            if (isTaskLaunchFailure(text)) {
                return Optional.of(Verdict.permanent(Reason.TASK_NOT_LAUNCHED));
            }
            return Optional.empty();
        }
        if (status >= 300 && status < 400) {
            boolean home = location != null && root != null && (samePath(location, root)
                    || (location.getPath() != null && location.getPath().equals("/")));
            return Optional.of(Verdict.permanent(home ? Reason.UNKNOWN_ENTITY : Reason.REDIRECTED));
        }
        return Optional.of(switch (status) {
            case 400 -> Verdict.permanent(Reason.INVALID);
            case 401 -> Verdict.permanent(Reason.UNAUTHENTICATED);
            case 403 -> Verdict.permanent(Reason.FORBIDDEN);
            case 404 -> Verdict.permanent(Reason.NOT_FOUND);
            case 408 -> Verdict.retriable(Reason.TIMEOUT);
            case 429 -> Verdict.retriable(Reason.THROTTLED);
            case 500 -> WRITES.contains(method == null ? "" : method.toUpperCase(Locale.ROOT))
                    && isDjangoErrorPage(type, text)
                    ? Verdict.permanent(Reason.MISSING_REQUIRED) : Verdict.retriable(Reason.SERVER_ERROR);
            default -> status >= 500 ? Verdict.retriable(Reason.SERVER_ERROR) : Verdict.permanent(Reason.REJECTED);
        });
    }

    /** Classifies a failure to get an answer at all. */
    public static Verdict classify(IOException failure) {
        if (failure instanceof HttpConnectTimeoutException || failure instanceof ConnectException) {
            return Verdict.retriable(Reason.CONNECTION);
        }
        if (failure instanceof HttpTimeoutException) {
            return Verdict.retriable(Reason.TIMEOUT);
        }
        if (failure instanceof SSLException) {
            return Verdict.permanent(Reason.TLS);
        }
        return Verdict.retriable(Reason.CONNECTION);
    }

    /** frePPLe's {@code {"message": "Exception launching task"}}: a 200 that is a failure. */
    static boolean isTaskLaunchFailure(String body) {
        if (!body.strip().startsWith("{") || !body.contains(TASK_LAUNCH_FAILED)) {
            return false;
        }
        try {
            return FreppleJson.parse(body) instanceof JsonObject o && !o.containsKey("taskid")
                    && TASK_LAUNCH_FAILED.equals(o.getString("message", null));
        } catch (JsonException e) {
            return false;
        }
    }

    /** Django's (and so frePPLe's) HTML error page, as opposed to a proxy's. */
    static boolean isDjangoErrorPage(String contentType, String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        return contentType.startsWith("text/html") && (lower.contains("<title>server error (500)</title>")
                || lower.contains("server error <em>(500)</em>"));
    }

    private static boolean samePath(URI a, URI b) {
        String pa = a.getPath() == null || a.getPath().isEmpty() ? "/" : a.getPath();
        String pb = b.getPath() == null || b.getPath().isEmpty() ? "/" : b.getPath();
        return pa.equals(pb);
    }
}
