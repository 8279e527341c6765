package dev.takt.sandbox;

import dev.takt.ops.ConfigKeys;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sandbox is switched off by configuration: then every path, JSON-RPC and control alike, answers 404. */
class SandboxServletTest {

    @Test
    void disabledSandboxAnswers404Everywhere() throws Exception {
        SandboxServlet servlet = new SandboxServlet();
        servlet.configure(config(Map.of(ConfigKeys.SANDBOX_ENABLED, false)));
        for (String path : new String[] {"/jsonrpc", "/control/calls", "/control/faults", "/control/stats"}) {
            assertEquals(404, status(servlet, "POST", path), path);
            assertEquals(404, status(servlet, "GET", path), path);
        }
    }

    @Test
    void enabledSandboxServesItsControlEndpoints() throws Exception {
        SandboxServlet servlet = new SandboxServlet();
        servlet.configure(config(Map.of(ConfigKeys.SANDBOX_ENABLED, true, ConfigKeys.SANDBOX_SIZE, 50)));
        assertEquals(204, status(servlet, "DELETE", "/control/calls"));
        assertEquals(405, status(servlet, "GET", "/jsonrpc"));
        assertEquals(404, status(servlet, "GET", "/nothing"));
    }

    private static Config config(Map<String, Object> values) {
        return (Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[] {Config.class},
                (proxy, method, args) -> method.getName().equals("getOptionalValue")
                        ? Optional.ofNullable(values.get((String) args[0])) : null);
    }

    private static int status(SandboxServlet servlet, String method, String path) throws Exception {
        AtomicInteger status = new AtomicInteger(200);
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getPathInfo" -> path;
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                HttpServletResponse.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, m, args) -> {
                    if (m.getName().equals("sendError") || m.getName().equals("setStatus")) {
                        status.set((Integer) args[0]);
                    }
                    if (m.getName().equals("getWriter")) {
                        return new java.io.PrintWriter(java.io.Writer.nullWriter());
                    }
                    if (m.getName().equals("getOutputStream")) {
                        return new ServletOutputStream() {
                            @Override
                            public boolean isReady() {
                                return true;
                            }

                            @Override
                            public void setWriteListener(WriteListener listener) {
                            }

                            @Override
                            public void write(int b) {
                            }
                        };
                    }
                    return null;
                });
        servlet.service(request, response);
        return status.get();
    }
}
