package dev.takt.api.rest;

import dev.takt.domain.event.InventoryShortage;
import dev.takt.domain.event.TaktEvent;
import jakarta.enterprise.event.Event;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The event drill exists only with the sandbox: disabled, every path answers 404 and nothing is fired. */
class SandboxEventServletTest {

    private final List<TaktEvent> fired = new ArrayList<>();

    @Test
    void disabledItAnswers404EverywhereAndFiresNothing() throws Exception {
        SandboxEventServlet servlet = servlet(false);
        for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
            assertEquals(404, status(servlet, method, "/inventoryShortage", "{\"item\":\"A\",\"shortBy\":1}"),
                    method);
        }
        assertTrue(fired.isEmpty());
    }

    @Test
    void enabledItFiresTheEventItWasGivenAndExplainsBadInput() throws Exception {
        SandboxEventServlet servlet = servlet(true);
        assertEquals(202, status(servlet, "POST", "/inventoryShortage",
                "{\"at\":\"2026-03-09T08:00:00Z\",\"item\":\"A\",\"plant\":\"WH\",\"shortBy\":2.5,\"unit\":\"Units\"}"));
        assertEquals(List.of(new InventoryShortage(java.time.Instant.parse("2026-03-09T08:00:00Z"), "A", "WH",
                new BigDecimal("2.5"), "Units", null)), fired);
        assertEquals(404, status(servlet, "POST", "/stockMoved", "{}"));
        assertEquals(400, status(servlet, "POST", "/forecastPublished", "{\"version\":\"twelve\"}"));
        assertEquals(400, status(servlet, "POST", "/forecastPublished", "not json"));
        assertEquals(1, fired.size());
    }

    @SuppressWarnings("unchecked")
    private SandboxEventServlet servlet(boolean enabled) {
        SandboxEventServlet servlet = new SandboxEventServlet();
        servlet.enabled = enabled;
        servlet.events = (Event<TaktEvent>) Proxy.newProxyInstance(Event.class.getClassLoader(),
                new Class<?>[] {Event.class}, (proxy, m, args) -> {
                    if (m.getName().equals("fire")) {
                        fired.add((TaktEvent) args[0]);
                    }
                    return null;
                });
        return servlet;
    }

    private static int status(SandboxEventServlet servlet, String method, String path, String body)
            throws Exception {
        AtomicInteger status = new AtomicInteger(200);
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(
                HttpServletRequest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getPathInfo" -> path;
                    case "getProtocol" -> "HTTP/1.1";
                    case "getReader" -> new BufferedReader(new StringReader(body));
                    default -> null;
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                HttpServletResponse.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, m, args) -> {
                    if (m.getName().equals("sendError") || m.getName().equals("setStatus")) {
                        status.set((Integer) args[0]);
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
