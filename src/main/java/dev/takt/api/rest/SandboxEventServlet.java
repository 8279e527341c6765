package dev.takt.api.rest;

import dev.takt.domain.event.TaktEvent;
import dev.takt.ops.ConfigKeys;
import dev.takt.partner.EventFeed;
import dev.takt.partner.EventJson;
import dev.takt.partner.EventKind;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An event drill for the sandbox: {@code POST /sandbox/events/<kind>} (e.g. {@code /sandbox/events/inventoryShortage})
 * with the event's fields as JSON (the webhook {@code data} shape, docs/subscriptions.md) fires that event as if
 * Takt had committed it, so partners and tests can try subscriptions and webhooks before a real producer exists.
 * {@code GET /sandbox/events/<kind>} answers how many GraphQL subscriptions to that kind are open
 * ({@code {"kind": …, "subscribers": n}}), so a test can wait for its subscription to be registered.
 * Answers 404 on every path when {@value ConfigKeys#SANDBOX_ENABLED} is false, as the sandboxes do: it does not
 * exist in production.
 */
@WebServlet(name = "SandboxEvents", urlPatterns = "/sandbox/events/*")
public class SandboxEventServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    transient Event<TaktEvent> events;

    @Inject
    transient EventFeed feed;

    @Inject
    @ConfigProperty(name = ConfigKeys.SANDBOX_ENABLED, defaultValue = "true")
    transient boolean enabled;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EventKind kind = kind(request, response);
        if (kind != null) {
            response.setContentType("application/json");
            response.getOutputStream().write(Json.createObjectBuilder().add("kind", kind.publicName())
                    .add("subscribers", feed.subscribers(kind)).build().toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static EventKind kind(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        EventKind kind = EventKind.named(path).orElse(null);
        if (kind == null) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, "Unknown event kind '" + path + "'; one of "
                    + Arrays.stream(EventKind.values()).map(EventKind::publicName).toList());
        }
        return kind;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EventKind kind = kind(request, response);
        if (kind == null) {
            return;
        }
        TaktEvent event;
        try (JsonReader reader = Json.createReader(request.getReader())) {
            JsonObject body = reader.readObject();
            event = EventJson.read(kind, body);
        } catch (JsonException | IllegalStateException e) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, "The body must be a JSON object of the event's "
                    + "fields");
            return;
        } catch (IllegalArgumentException | NullPointerException e) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, "Invalid " + kind.publicName() + ": "
                    + e.getMessage());
            return;
        }
        events.fire(event);
        response.setStatus(HttpServletResponse.SC_ACCEPTED);
        response.setContentType("application/json");
        response.getOutputStream().write(Json.createObjectBuilder().add("fired", kind.publicName())
                .add("data", EventJson.write(event)).build().toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!enabled) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            super.service(request, response);
        } catch (jakarta.servlet.ServletException e) {
            throw new IOException(e);
        }
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
    }
}
