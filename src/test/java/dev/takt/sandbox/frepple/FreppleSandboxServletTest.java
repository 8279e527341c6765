package dev.takt.sandbox.frepple;

import dev.takt.ops.ConfigKeys;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The servlet without a container: switched off by configuration, and a faithful carrier of the sandbox's replies. */
class FreppleSandboxServletTest {

    /** What the servlet wrote. */
    private static final class Answer {
        int status = 200;
        String contentType;
        final Map<String, String> headers = new HashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
    }

    @Test
    void disabledSandboxAnswers404Everywhere() throws Exception {
        FreppleSandboxServlet servlet = servlet(Map.of(ConfigKeys.SANDBOX_ENABLED, false));
        for (String path : new String[] {"/api/input/demand/", "/execute/api/runplan/", "/control/calls",
            "/control/token", "/"}) {
            assertEquals(404, call(servlet, "GET", path, null, null, null).status, path);
            assertEquals(404, call(servlet, "POST", path, null, null, "{}").status, path);
        }
    }

    @Test
    void servesTheApiAndItsControlUnderTheMount() throws Exception {
        FreppleSandboxServlet servlet = servlet(Map.of(ConfigKeys.SANDBOX_ENABLED, true,
                ConfigKeys.SANDBOX_FREPPLE_SECRET, "servlet-test"));
        Answer list = call(servlet, "GET", "/api/input/customer/", null, "Basic YWRtaW46YWRtaW4=", null);
        assertEquals(200, list.status);
        assertEquals(FreppleReply.JSON, list.contentType);
        assertTrue(list.body.toString(StandardCharsets.UTF_8).startsWith("[{\"name\":\"Customer near shop 1\""));

        Answer unknown = call(servlet, "GET", "/api/input/workorder/", null, null, null);
        assertEquals(302, unknown.status);
        assertEquals("/takt/sandbox/frepple/", unknown.headers.get("Location"));

        Answer token = call(servlet, "POST", "/control/token", "expires=60", null, null);
        String jwt = token.body.toString(StandardCharsets.UTF_8).replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        assertEquals(200, call(servlet, "GET", "/api/input/item/", null, "Bearer " + jwt, null).status);
        assertEquals(403, call(servlet, "GET", "/api/input/item/", null, "Bearer x.y.z", null).status);

        assertEquals(200, call(servlet, "PUT", "/control/faults", null, null, "{\"down\": true}").status);
        assertThrows(IOException.class, () -> call(servlet, "GET", "/api/input/item/", null, null, null),
                "a dropped connection aborts the response");
    }

    private static FreppleSandboxServlet servlet(Map<String, Object> values) {
        FreppleSandboxServlet servlet = new FreppleSandboxServlet();
        servlet.configure((Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[] {Config.class},
                (proxy, method, args) -> method.getName().equals("getOptionalValue")
                        ? Optional.ofNullable(values.get((String) args[0])) : null));
        return servlet;
    }

    private static Answer call(FreppleSandboxServlet servlet, String method, String path, String query,
            String authorization, String body) throws Exception {
        Answer answer = new Answer();
        Map<String, String> headers = new HashMap<>();
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        ByteArrayInputStream in = new ByteArrayInputStream(body == null ? new byte[0]
                : body.getBytes(StandardCharsets.UTF_8));
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getContextPath" -> "/takt";
                    case "getRequestURI" -> "/takt" + FreppleSandboxServlet.MOUNT + path;
                    case "getQueryString" -> query;
                    case "getHeaderNames" -> Collections.enumeration(headers.keySet());
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getInputStream" -> new ServletInputStream() {
                        @Override
                        public boolean isFinished() {
                            return in.available() == 0;
                        }

                        @Override
                        public boolean isReady() {
                            return true;
                        }

                        @Override
                        public void setReadListener(ReadListener listener) {
                        }

                        @Override
                        public int read() {
                            return in.read();
                        }
                    };
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                HttpServletResponse.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "sendError", "setStatus" -> answer.status = (Integer) args[0];
                        case "setContentType" -> answer.contentType = (String) args[0];
                        case "setHeader" -> answer.headers.put((String) args[0], (String) args[1]);
                        case "getOutputStream" -> {
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
                                    answer.body.write(b);
                                }
                            };
                        }
                        default -> {
                        }
                    }
                    return null;
                });
        servlet.service(request, response);
        return answer;
    }
}
