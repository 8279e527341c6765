package dev.takt.planning.frepple;

import dev.takt.planning.frepple.FreppleErrorClassifier.Reason;
import dev.takt.planning.frepple.FreppleErrorClassifier.Verdict;
import dev.takt.sandbox.frepple.FreppleRecording;
import jakarta.json.JsonString;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.net.ssl.SSLHandshakeException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.takt.planning.frepple.FreppleErrorClassifier.Classification.PERMANENT;
import static dev.takt.planning.frepple.FreppleErrorClassifier.Classification.RETRIABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FreppleErrorClassifierTest {

    private static final URI ROOT = URI.create("http://frepple.example/");

    /**
     * How every recorded failure must be classified; every other recording is a success. A new recording of a
     * failure (status not 2xx, or named {@code error_*}) without an entry fails the test.
     */
    private static final Map<String, Verdict> RECORDED_FAILURES = Map.ofEntries(
            Map.entry("error_delete_demand_detail_not_found", permanent(Reason.NOT_FOUND)),
            Map.entry("error_delete_demand_without_filter_refused", permanent(Reason.INVALID)),
            Map.entry("error_execute_runplan_with_get", permanent(Reason.TASK_NOT_LAUNCHED)),
            Map.entry("error_get_one_demand_not_found", permanent(Reason.NOT_FOUND)),
            Map.entry("error_invalid_bearer_token", permanent(Reason.FORBIDDEN)),
            Map.entry("error_patch_demand_bad_date", permanent(Reason.INVALID)),
            Map.entry("error_patch_demand_bad_quantity", permanent(Reason.INVALID)),
            Map.entry("error_patch_demand_bad_status_choice", permanent(Reason.INVALID)),
            Map.entry("error_post_demand_bad_quantity", permanent(Reason.INVALID)),
            Map.entry("error_post_demand_bulk_one_invalid", permanent(Reason.INVALID)),
            Map.entry("error_post_demand_malformed_json", permanent(Reason.INVALID)),
            Map.entry("error_post_demand_missing_required_500", permanent(Reason.MISSING_REQUIRED)),
            Map.entry("error_post_demand_unknown_item", permanent(Reason.INVALID)),
            Map.entry("error_put_demand_detail_partial_body", permanent(Reason.INVALID)),
            Map.entry("error_put_demand_not_found", permanent(Reason.NOT_FOUND)),
            Map.entry("error_unauthenticated_get_item_list", permanent(Reason.UNAUTHENTICATED)),
            Map.entry("error_unauthenticated_post_demand", permanent(Reason.UNAUTHENTICATED)),
            Map.entry("error_wrong_password_get_item_list", permanent(Reason.UNAUTHENTICATED)),
            Map.entry("list_input_workorder_not_present", permanent(Reason.UNKNOWN_ENTITY)));

    private static Verdict permanent(Reason reason) {
        return new Verdict(PERMANENT, reason);
    }

    @TestFactory
    Stream<DynamicTest> everyRecordedExchange() {
        return FreppleRecording.all().stream().map(rec -> DynamicTest.dynamicTest(rec.name(), () -> {
            String body = rec.response() instanceof JsonString s ? s.getString() : rec.response().toString();
            URI request = ROOT.resolve(FreppleRecording.encodePath(rec.path()).substring(1));
            URI location = rec.location() == null ? null : request.resolve(rec.location());
            Optional<Verdict> verdict = FreppleErrorClassifier.classify(rec.method(), rec.status(), rec.contentType(),
                    location, ROOT, body);
            Verdict expected = RECORDED_FAILURES.get(rec.name());
            if (expected == null) {
                assertTrue(rec.status() / 100 == 2 && !rec.name().startsWith("error_"),
                        "a recorded failure without an expected classification: " + rec.name());
                assertEquals(Optional.empty(), verdict, rec.name());
            } else {
                assertEquals(Optional.of(expected), verdict, rec.name());
            }
        }));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GET|500|text/html|<title>Server error (500)</title>|RETRIABLE|SERVER_ERROR",
        "DELETE|500|text/html|<title>Server error (500)</title>|RETRIABLE|SERVER_ERROR",
        "PATCH|500|text/html; charset=utf-8|<h1>Server Error <em>(500)</em></h1>|PERMANENT|MISSING_REQUIRED",
        "POST|500|text/html|<title>500 Internal Server Error</title><center>nginx</center>|RETRIABLE|SERVER_ERROR",
        "POST|500|application/json|{\"detail\": \"boom\"}|RETRIABLE|SERVER_ERROR",
        "POST|502|text/html|<title>Server error (500)</title>|RETRIABLE|SERVER_ERROR",
        "GET|503|text/html|Service Unavailable|RETRIABLE|SERVER_ERROR",
        "GET|504||''|RETRIABLE|SERVER_ERROR",
        "GET|429|application/json|{\"detail\": \"Request was throttled.\"}|RETRIABLE|THROTTLED",
        "GET|408||''|RETRIABLE|TIMEOUT",
        "POST|405|application/json|{\"detail\": \"Method not allowed.\"}|PERMANENT|REJECTED",
        "POST|415|application/json|{\"detail\": \"Unsupported media type\"}|PERMANENT|REJECTED",
        "GET|200|text/html; charset=utf-8|<html><title>Login</title></html>|PERMANENT|NOT_AN_API",
        "GET|200|application/json|''|RETRIABLE|MALFORMED_REPLY",
        "GET|200|application/json|[{\"description\": \"Exception launching task\"}]|||",
        "POST|200|application/json|{\"taskid\": 3, \"message\": \"Successfully launched task\"}|||",
        "DELETE|204||''|||"})
    void otherAnswers(String method, int status, String contentType, String body, String classification,
            String reason) {
        Optional<Verdict> verdict = FreppleErrorClassifier.classify(method, status, contentType, null, ROOT,
                body == null ? "" : body);
        if (classification == null) {
            assertEquals(Optional.empty(), verdict);
        } else {
            assertEquals(Optional.of(new Verdict(FreppleErrorClassifier.Classification.valueOf(classification),
                    Reason.valueOf(reason))), verdict);
        }
    }

    @Test
    void redirects() {
        URI sandboxRoot = URI.create("http://localhost:9080/sandbox/frepple/");
        assertEquals(Reason.UNKNOWN_ENTITY, FreppleErrorClassifier.classify("GET", 302, "text/html", sandboxRoot,
                sandboxRoot, "").orElseThrow().reason());
        assertEquals(Reason.REDIRECTED, FreppleErrorClassifier.classify("GET", 301, "text/html",
                URI.create("https://frepple.example/api/input/demand/"), ROOT, "").orElseThrow().reason());
        assertEquals(Reason.REDIRECTED, FreppleErrorClassifier.classify("GET", 302, "text/html",
                URI.create("http://frepple.example/data/login/?next=/api/"), ROOT, "").orElseThrow().reason());
    }

    @Test
    void failuresWithoutAnAnswer() {
        assertEquals(new Verdict(RETRIABLE, Reason.CONNECTION), FreppleErrorClassifier.classify(new ConnectException()));
        assertEquals(new Verdict(RETRIABLE, Reason.CONNECTION),
                FreppleErrorClassifier.classify(new HttpConnectTimeoutException("slow")));
        assertEquals(new Verdict(RETRIABLE, Reason.TIMEOUT),
                FreppleErrorClassifier.classify(new HttpTimeoutException("slow")));
        assertEquals(new Verdict(PERMANENT, Reason.TLS),
                FreppleErrorClassifier.classify(new SSLHandshakeException("bad certificate")));
        assertEquals(new Verdict(RETRIABLE, Reason.CONNECTION),
                FreppleErrorClassifier.classify(new IOException("fixed content-length: 4120, bytes received: 24")));
    }
}
