package dev.takt.it;

import io.restassured.RestAssured;
import jakarta.json.Json;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.util.Map;

/**
 * Base of Takt's integration tests: deploys the WAR that {@code package} built on the managed Liberty server
 * (the same artefact users run), talks to it over real HTTP with REST Assured, and controls the embedded Odoo
 * sandbox through its control endpoints.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class TaktIT {

    public static final String BASE = "http://localhost:" + System.getProperty("test.http.port", "9080");

    @Deployment(testable = false)
    public static WebArchive deployment() {
        File war = new File("target/takt.war");
        if (!war.isFile()) {
            throw new IllegalStateException("target/takt.war is missing: run the integration tests with ./mvnw verify");
        }
        // plus the test-only control endpoints (dev.takt.it.control), never part of the WAR users run
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addPackage("dev.takt.it.control");
    }

    @BeforeEach
    void resetSandboxFaults() {
        RestAssured.baseURI = BASE;
        Sandbox.clearFaults();
    }

    /** Posts a GraphQL document and returns the JSON response (HTTP 200 expected). */
    protected static JsonPath graphql(String query) {
        return graphql(query, Map.of());
    }

    /** A JSON text of nested maps, lists and scalars (REST Assured's own serializers need javax JSON-B). */
    static String json(Map<String, ?> value) {
        return Json.createObjectBuilder(new java.util.HashMap<String, Object>(value)).build().toString();
    }

    protected static JsonPath graphql(String query, Map<String, Object> variables) {
        return RestAssured.given().baseUri(BASE).contentType(ContentType.JSON)
                .body(json(Map.of("query", query, "variables", variables)))
                .post("/graphql")
                .then().statusCode(200).extract().jsonPath();
    }
}
