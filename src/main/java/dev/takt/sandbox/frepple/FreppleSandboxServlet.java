package dev.takt.sandbox.frepple;

import dev.takt.ops.ConfigKeys;

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
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The embedded frePPLe 7.3 sandbox over HTTP, under {@code /sandbox/frepple/*}: base URL
 * {@code http://<host>:<port>/sandbox/frepple}, so that the REST API is at {@code /sandbox/frepple/api/input/…} and
 * the tasks at {@code /sandbox/frepple/execute/api/…}; control endpoints at {@code /sandbox/frepple/control/…}
 * (see {@link FreppleSandbox}). Root-relative redirects ({@code Location: /}) are moved under the mount.
 *
 * <p>When {@value ConfigKeys#SANDBOX_ENABLED} is false every path answers 404. The JWT secret is
 * {@value ConfigKeys#SANDBOX_FREPPLE_SECRET}, by default a random value chosen at start (get a token from
 * {@code POST /sandbox/frepple/control/token}). The data is relative to the day the server started. A dropped
 * connection (injected reset or outage) is a response that announces more bytes than it sends and is then aborted.
 */
@WebServlet(name = "FreppleSandbox", urlPatterns = "/sandbox/frepple/*")
public class FreppleSandboxServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Where the servlet is mounted, below the context root. */
    public static final String MOUNT = "/sandbox/frepple";

    private transient FreppleSandbox sandbox;
    private boolean enabled;

    /** Thrown to make the container abort a response, so the client sees the connection end early. */
    static final class DroppedConnection extends IOException {
        @Serial
        private static final long serialVersionUID = 1L;

        DroppedConnection() {
            super("frePPLe sandbox: connection dropped on purpose (fault injection)", null);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    @Override
    public void init() {
        configure(ConfigProvider.getConfig());
    }

    /** Reads the settings (the container's MicroProfile Config, or a test's). */
    void configure(Config config) {
        enabled = config.getOptionalValue(ConfigKeys.SANDBOX_ENABLED, Boolean.class).orElse(true);
        if (enabled) {
            String secret = config.getOptionalValue(ConfigKeys.SANDBOX_FREPPLE_SECRET, String.class).orElse(null);
            sandbox = new FreppleSandbox(null, Clock.systemUTC(), secret);
        }
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!enabled || sandbox == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String prefix = req.getContextPath() + MOUNT;
        String uri = req.getRequestURI();
        String path = uri.startsWith(prefix) ? uri.substring(prefix.length()) : "/";
        Map<String, String> headers = new LinkedHashMap<>();
        Enumeration<String> names = req.getHeaderNames();
        while (names != null && names.hasMoreElements()) {
            String name = names.nextElement();
            headers.put(name, req.getHeader(name));
        }
        String body = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        FreppleReply reply = sandbox.handle(req.getMethod(), path.isEmpty() ? "/" : path, req.getQueryString(),
                headers, body);
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
        reply.headers().forEach((name, value) -> resp.setHeader(name,
                name.equalsIgnoreCase("Location") ? reply.location(prefix) : value));
        if (reply.dropConnection()) {
            resp.setContentLength(bytes.length + 4096);
            ServletOutputStream out = resp.getOutputStream();
            out.write(bytes);
            out.flush();
            throw new DroppedConnection();
        }
        resp.setContentLength(bytes.length);
        if (bytes.length > 0) {
            resp.getOutputStream().write(bytes);
        }
    }
}
