package dev.takt.sandbox;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fault injection, call counting and the non-object services, through {@link SandboxJsonRpc#handle}. */
class SandboxFaultsTest {

    private static final String VERSION = "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"service\":\"common\","
            + "\"method\":\"version\",\"args\":[]},\"id\":1}";

    private static String readProducts(String domain) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"service\":\"object\",\"method\":\"execute_kw\","
                + "\"args\":[\"mfg\",2,\"admin\",\"product.product\",\"search_read\",[" + domain + "],"
                + "{\"fields\":[\"name\",\"default_code\"],\"limit\":2}]},\"id\":2}";
    }

    private static String readUoms() {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"service\":\"object\",\"method\":\"execute_kw\","
                + "\"args\":[\"mfg\",2,\"admin\",\"uom.uom\",\"search\",[[]]]},\"id\":3}";
    }

    private static SandboxFaults faults(String json) {
        return SandboxFaults.fromJson(SandboxFixture.parse(json).asJsonObject());
    }

    @Test
    void downDropsEveryConnectionAndEveryCallIsCounted() {
        SandboxFixture s = new SandboxFixture(SandboxGenerator.MIN_SIZE, 1);
        s.rpc.faults(faults("{\"down\":true,\"models\":[\"uom.uom\"]}"));
        assertTrue(s.rpc.handle(VERSION).dropConnection());
        assertTrue(s.rpc.handle(readProducts("[]")).dropConnection());
        assertTrue(s.rpc.handle("{not json").dropConnection());
        assertEquals(3, s.rpc.calls().total());
        assertEquals(1, s.rpc.calls().count("common", "version"));
        assertEquals(1, s.rpc.calls().count("(invalid)", "(invalid)"));
        assertEquals("DOWN", s.rpc.calls().calls().get(0).fault());
        s.rpc.faults(SandboxFaults.NONE);
        assertFalse(s.rpc.handle(VERSION).dropConnection());
    }

    @Test
    void errorsOnlyOnTheFilteredModel() {
        SandboxFixture s = new SandboxFixture(SandboxGenerator.MIN_SIZE, 1);
        s.rpc.faults(faults("{\"errorRatio\":1.0,\"models\":[\"product.product\"],\"methods\":[\"search_read\"]}"));
        JsonObject reply = SandboxFixture.parse(s.rpc.handle(readProducts("[]")).body()).asJsonObject();
        JsonObject data = reply.getJsonObject("error").getJsonObject("data");
        assertEquals("psycopg2.errors.SerializationFailure", data.getString("name"));
        assertEquals("could not serialize access due to concurrent update", data.getString("message"));
        assertEquals(200, reply.getJsonObject("error").getInt("code"));
        assertEquals(2, reply.getInt("id"));
        assertTrue(SandboxFixture.parse(s.rpc.handle(readUoms()).body()).asJsonObject().containsKey("result"));
        assertTrue(SandboxFixture.parse(s.rpc.handle(VERSION).body()).asJsonObject().containsKey("result"));
        s.rpc.faults(faults("{\"errorRatio\":1,\"errorName\":\"odoo.exceptions.ValidationError\","
                + "\"errorMessage\":\"Nope\"}"));
        data = SandboxFixture.parse(s.rpc.handle(readUoms()).body()).asJsonObject().getJsonObject("error")
                .getJsonObject("data");
        assertEquals("odoo.exceptions.ValidationError", data.getString("name"));
        assertEquals("Nope", data.getString("message"));
    }

    @Test
    void http503EmptyResetAndLatency() {
        SandboxFixture s = new SandboxFixture(SandboxGenerator.MIN_SIZE, 1);
        s.rpc.faults(faults("{\"http503Ratio\":1}"));
        assertEquals(503, s.rpc.handle(readUoms()).status());
        s.rpc.faults(faults("{\"emptyRatio\":1}"));
        SandboxReply empty = s.rpc.handle(readUoms());
        assertEquals(200, empty.status());
        assertEquals("", empty.body());
        s.rpc.faults(faults("{\"resetRatio\":1}"));
        assertTrue(s.rpc.handle(readUoms()).dropConnection());
        s.rpc.faults(faults("{\"latencyMs\":250,\"methods\":[\"search\"]}"));
        assertEquals(250, s.rpc.handle(readUoms()).delayMillis());
        assertEquals(0, s.rpc.handle(VERSION).delayMillis());
    }

    @Test
    void ratiosDrawDeterministicallyFromTheSeed() {
        SandboxFixture a = new SandboxFixture(SandboxGenerator.MIN_SIZE, 1);
        SandboxFixture b = new SandboxFixture(SandboxGenerator.MIN_SIZE, 1);
        a.rpc.faults(faults("{\"http503Ratio\":0.3,\"emptyRatio\":0.2,\"seed\":42}"));
        b.rpc.faults(faults("{\"http503Ratio\":0.3,\"emptyRatio\":0.2,\"seed\":42}"));
        int faulted = 0;
        for (int i = 0; i < 200; i++) {
            SandboxReply x = a.rpc.handle(VERSION);
            SandboxReply y = b.rpc.handle(VERSION);
            assertEquals(x.status() + x.body(), y.status() + y.body());
            faulted += x.status() == 503 || x.body().isEmpty() ? 1 : 0;
        }
        assertTrue(faulted > 60 && faulted < 140, "about half faulted: " + faulted);
    }

    @Test
    void invalidFaultsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> faults("{\"http503Ratio\":0.7,\"resetRatio\":0.5}"));
        assertThrows(IllegalArgumentException.class, () -> faults("{\"errorRatio\":-0.1}"));
        assertThrows(IllegalArgumentException.class, () -> faults("{\"latency\":10}"));
        SandboxFaults f = faults("{\"latencyMs\":5,\"models\":\"mrp.production\"}");
        assertEquals(Set.of("mrp.production"), f.models());
        assertEquals(f, SandboxFaults.fromJson(f.toJson()));
    }

    @Test
    void callLogKeepsFieldsAndDomains() {
        SandboxFixture s = new SandboxFixture(SandboxGenerator.MIN_SIZE, 1);
        s.rpc.handle(readProducts("[[\"default_code\",\"like\",\"FURN\"]]"));
        s.rpc.handle(readUoms());
        SandboxCallLog.Call first = s.rpc.calls().calls().get(0);
        assertEquals("product.product", first.model());
        assertEquals("search_read", first.method());
        assertEquals(List.of("name", "default_code"), first.fields());
        assertEquals("[[\"default_code\",\"like\",\"FURN\"]]", first.domain());
        assertEquals("[]", s.rpc.calls().calls().get(1).domain());
        JsonObject json = s.rpc.calls().toJson();
        assertEquals(2, json.getInt("total"));
        assertEquals(1, json.getJsonObject("counts").getInt("uom.uom/search"));
        assertEquals("like", json.getJsonArray("calls").getJsonObject(0).getJsonArray("domain").getJsonArray(0)
                .getString(1));
        s.rpc.calls().reset();
        assertEquals(0, s.rpc.calls().toJson().getInt("total"));
    }

    @Test
    void commonAndDatabaseServices() {
        SandboxFixture s = new SandboxFixture(SandboxGenerator.MIN_SIZE, 1);
        assertEquals("2", result(s, "common", "login", "[\"mfg\",\"admin\",\"admin\"]"));
        assertEquals("8", result(s, "common", "authenticate", "[\"mfg\",\"limited\",\"limited\",{}]"));
        assertEquals("false", result(s, "common", "login", "[\"mfg\",\"__system__\",\"\"]"));
        assertEquals("false", result(s, "common", "login", "[\"mfg\",\"admin\",\"nope\"]"));
        assertEquals("[\"mfg\"]", result(s, "db", "list", "[]"));
        JsonObject reply = SandboxFixture.parse(s.rpc.handle(body("common", "login", "[\"nodb\",\"admin\",\"admin\"]"))
                .body()).asJsonObject();
        assertEquals("psycopg2.OperationalError", reply.getJsonObject("error").getJsonObject("data").getString("name"));
        JsonObject limited = s.sendAs(8, "limited", "uom.uom", "search_count", SandboxFixture.args(
                Json.createArrayBuilder().build()), Json.createObjectBuilder().build());
        assertTrue(limited.containsKey("result"));
        JsonObject denied = s.sendAs(8, "limited", "sale.order", "unlink", SandboxFixture.args(new int[] {1}),
                Json.createObjectBuilder().build());
        assertTrue(denied.getJsonObject("error").getJsonObject("data").getString("message")
                .startsWith("You are not allowed to delete 'Sales Order' (sale.order) records."));
    }

    private static String body(String service, String method, String args) {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"params\":{\"service\":\"" + service + "\",\"method\":\""
                + method + "\",\"args\":" + args + "},\"id\":9}";
    }

    private static String result(SandboxFixture s, String service, String method, String args) {
        return SandboxFixture.parse(s.rpc.handle(body(service, method, args)).body()).asJsonObject().get("result")
                .toString();
    }
}
