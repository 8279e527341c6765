package dev.takt.sandbox;

import dev.takt.ops.ConfigKeys;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The embedded Odoo 17 sandbox over HTTP, under {@code /sandbox/odoo/*}.
 *
 * <ul>
 *   <li>{@code POST /sandbox/odoo/jsonrpc}: Odoo's JSON-RPC endpoint ({@link SandboxJsonRpc#handle}).</li>
 *   <li>{@code GET /sandbox/odoo/control/calls}: the call log ({@link SandboxCallLog#toJson()});
 *       {@code DELETE} resets it.</li>
 *   <li>{@code GET|PUT /sandbox/odoo/control/faults}: the faults in force / new faults (JSON keys in
 *       {@link SandboxFaults}); {@code DELETE} clears them.</li>
 *   <li>{@code POST /sandbox/odoo/control/reset?size=N&seed=S&baseDate=YYYY-MM-DD}: regenerates the data (each
 *       parameter optional) and answers the stats.</li>
 *   <li>{@code GET /sandbox/odoo/control/stats}: record counts per model ({@link SandboxJsonRpc#stats()}).</li>
 * </ul>
 * When {@value ConfigKeys#SANDBOX_ENABLED} is false every path answers 404. The data is generated on first use
 * with {@value ConfigKeys#SANDBOX_SIZE} products and seed {@value ConfigKeys#SANDBOX_SEED}. A dropped connection
 * (injected reset or outage) is a response that announces more bytes than it sends and is then aborted.
 */
@WebServlet(name = "OdooSandbox", urlPatterns = "/sandbox/odoo/*")
public class SandboxServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    private transient SandboxJsonRpc rpc;
    private boolean enabled;

    @Override
    public void init() {
        configure(ConfigProvider.getConfig());
    }

    /** Reads whether the sandbox is served, and its size and seed. */
    void configure(Config config) {
        enabled = config.getOptionalValue(ConfigKeys.SANDBOX_ENABLED, Boolean.class).orElse(true);
        if (enabled) {
            int size = config.getOptionalValue(ConfigKeys.SANDBOX_SIZE, Integer.class)
                    .orElse(SandboxGenerator.DEFAULT_SIZE);
            long seed = config.getOptionalValue(ConfigKeys.SANDBOX_SEED, Long.class)
                    .orElse(SandboxGenerator.DEFAULT_SEED);
            rpc = new SandboxJsonRpc(size, seed, null, Clock.systemUTC());
        }
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!enabled || rpc == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        String method = req.getMethod();
        switch (path) {
            case "/jsonrpc" -> {
                if (method.equals("POST")) {
                    jsonRpc(req, resp);
                } else {
                    text(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method Not Allowed");
                }
            }
            case "/control/calls" -> {
                if (method.equals("GET")) {
                    json(resp, rpc.calls().toJson());
                } else if (method.equals("DELETE")) {
                    rpc.calls().reset();
                    resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
                } else {
                    text(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Use GET or DELETE");
                }
            }
            case "/control/faults" -> faults(req, resp, method);
            case "/control/reset" -> {
                if (method.equals("POST")) {
                    reset(req, resp);
                } else {
                    text(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Use POST");
                }
            }
            case "/control/stats" -> {
                if (method.equals("GET")) {
                    json(resp, rpc.stats());
                } else {
                    text(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Use GET");
                }
            }
            default -> resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void jsonRpc(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String body = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        SandboxReply reply = rpc.handle(body);
        if (reply.delayMillis() > 0) {
            try {
                Thread.sleep(reply.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        resp.setStatus(reply.status());
        if (reply.contentType() != null) {
            resp.setContentType(reply.contentType());
        }
        if (reply.dropConnection()) {
            // announce more than is sent and close: the client sees the connection end early. (Throwing instead
            // makes the container append its own error page to the body.)
            resp.setHeader("Connection", "close");
            resp.setContentLength(bytes.length + 4096);
            ServletOutputStream out = resp.getOutputStream();
            out.write(bytes, 0, Math.min(bytes.length, 16));
            out.flush();
            return;
        }
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private void faults(HttpServletRequest req, HttpServletResponse resp, String method) throws IOException {
        switch (method) {
            case "GET" -> json(resp, rpc.faults().toJson());
            case "PUT" -> {
                try {
                    JsonValue body = SandboxJson.parse(new String(req.getInputStream().readAllBytes(),
                            StandardCharsets.UTF_8));
                    if (body.getValueType() != JsonValue.ValueType.OBJECT) {
                        throw new IllegalArgumentException("the faults must be a JSON object");
                    }
                    rpc.faults(SandboxFaults.fromJson(body.asJsonObject()));
                    json(resp, rpc.faults().toJson());
                } catch (IllegalArgumentException | jakarta.json.JsonException e) {
                    text(resp, HttpServletResponse.SC_BAD_REQUEST, "Invalid faults: " + e.getMessage());
                }
            }
            case "DELETE" -> {
                rpc.faults(SandboxFaults.NONE);
                resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            }
            default -> text(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Use GET, PUT or DELETE");
        }
    }

    private void reset(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            Integer size = req.getParameter("size") == null ? null : Integer.valueOf(req.getParameter("size"));
            Long seed = req.getParameter("seed") == null ? null : Long.valueOf(req.getParameter("seed"));
            LocalDate base = req.getParameter("baseDate") == null ? null : LocalDate.parse(req.getParameter("baseDate"));
            if (size != null && (size < 1 || size > 1_000_000)) {
                throw new IllegalArgumentException("size must be between 1 and 1000000");
            }
            json(resp, rpc.reset(size, seed, base));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            text(resp, HttpServletResponse.SC_BAD_REQUEST, "Invalid reset parameters: size and seed are numbers, "
                    + "baseDate is YYYY-MM-DD");
        }
    }

    private static void json(HttpServletResponse resp, JsonObject body) throws IOException {
        byte[] bytes = SandboxJson.write(body).getBytes(StandardCharsets.UTF_8);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(SandboxReply.JSON);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private static void text(HttpServletResponse resp, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType(SandboxReply.TEXT);
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}
