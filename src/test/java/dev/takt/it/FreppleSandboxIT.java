package dev.takt.it;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The frePPLe-shaped sandbox served by Takt on Liberty answers with frePPLe's own authentication (Basic, Bearer
 * JWT, {@code ?webtoken=}) — Liberty's security (mpJwt) must not intercept those headers before the sandbox.
 */
class FreppleSandboxIT extends TaktIT {

    private static final String API = BASE + "/sandbox/frepple/api/input/item/";

    @Test
    void basicAuthListsItemsWithNumbersAsStrings() {
        Response items = RestAssured.given().auth().preemptive().basic("admin", "admin").get(API);
        assertEquals(200, items.statusCode(), items.asString());
        List<String> costs = items.jsonPath().getList("cost");
        assertFalse(costs.isEmpty());
        assertTrue(costs.stream().allMatch(c -> c == null || c.matches("-?\\d+\\.\\d{8}")), costs::toString);
    }

    @Test
    void bearerTokenAndWebtokenAreFreppleOwn() {
        String token = RestAssured.post(BASE + "/sandbox/frepple/control/token?user=admin").then().statusCode(200)
                .extract().jsonPath().getString("token");

        assertEquals(200, RestAssured.given().header("Authorization", "Bearer " + token).get(API).statusCode());
        assertEquals(200, RestAssured.given().queryParam("webtoken", token).get(API).statusCode());

        Response forged = RestAssured.given().header("Authorization", "Bearer not.a.token").get(API);
        assertEquals(403, forged.statusCode());
        assertTrue(forged.asString().contains("Missing or invalid webtoken"), forged.asString());

        Response anonymous = RestAssured.get(API);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.jsonPath().getString("detail").length() > 0);
    }
}
