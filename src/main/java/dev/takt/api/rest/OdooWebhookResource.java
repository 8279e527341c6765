package dev.takt.api.rest;

import dev.takt.odoo.OdooChangeFeed;
import dev.takt.ops.ConfigKeys;
import dev.takt.sync.FeedbackModel;
import dev.takt.sync.FeedbackRelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.StringReader;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * {@code POST /api/odoo/webhook?secret=…}: the target of an Odoo 17+ automation rule whose action is "Send Webhook
 * Notification". Odoo posts a JSON object with {@code _model}, {@code _id}, {@code _action} and the fields chosen in
 * the rule. Odoo's webhook action lets one set only the URL, so the shared secret comes as the query parameter
 * {@code secret} (or, from other senders, the header {@code X-Takt-Webhook-Secret}).
 *
 * <p>A webhook is a hint, not the truth: Odoo sends it during its transaction, before it commits, once, with a
 * one-second timeout. The hint is stored and answered at once (202); the model's change cursor is then read at once
 * and once more {@code takt.feedback.webhook-reread-ms} later, and reads only what Odoo committed. Answers:
 * 202 accepted; 401 secret missing or wrong; 400 not a JSON object, no {@code _model}, or a model Takt does not
 * follow; 503 no secret configured (the intake is off).
 */
@Path("odoo/webhook")
@ApplicationScoped
public class OdooWebhookResource {

    private static final Logger LOG = Logger.getLogger(OdooWebhookResource.class.getName());
    static final String HEADER = "X-Takt-Webhook-Secret";
    static final int MAX_BODY = 1_000_000;

    private FeedbackRelay relay;
    private OdooChangeFeed feed;
    private WebhookSecret secret;

    /** For CDI's proxies only. */
    protected OdooWebhookResource() {
    }

    @Inject
    public OdooWebhookResource(FeedbackRelay relay, OdooChangeFeed feed,
            @ConfigProperty(name = ConfigKeys.FEEDBACK_WEBHOOK_SECRET) Optional<String> secret) {
        this.relay = relay;
        this.feed = feed;
        this.secret = new WebhookSecret(secret);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(@QueryParam("secret") String querySecret, @HeaderParam(HEADER) String headerSecret,
            String body) {
        if (!secret.isConfigured()) {
            return error(Response.Status.SERVICE_UNAVAILABLE, "webhook intake is off: no secret is configured on "
                    + "this Takt (" + ConfigKeys.FEEDBACK_WEBHOOK_SECRET + ")");
        }
        if (!secret.matches(querySecret) && !secret.matches(headerSecret)) {
            LOG.warning("Odoo webhook refused: secret missing or wrong");
            return error(Response.Status.UNAUTHORIZED, "webhook secret missing or wrong: put the configured secret "
                    + "in the URL as ?secret=… (or in the " + HEADER + " header)");
        }
        if (body == null || body.isBlank()) {
            return error(Response.Status.BAD_REQUEST, "the body is empty; Odoo's webhook sends a JSON object with "
                    + "_model and _id");
        }
        if (body.length() > MAX_BODY) {
            return error(Response.Status.BAD_REQUEST, "the body is longer than " + MAX_BODY + " characters; choose "
                    + "fewer fields in the automation rule (Takt needs only _model and _id)");
        }
        JsonObject payload;
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return error(Response.Status.BAD_REQUEST, "the body must be a JSON object with _model and _id");
            }
            payload = value.asJsonObject();
        } catch (jakarta.json.JsonException e) {
            return error(Response.Status.BAD_REQUEST, "the body is not JSON (Odoo sends a JSON object with _model and _id)");
        }
        JsonValue model = payload.get("_model");
        if (!(model instanceof JsonString modelName) || modelName.getString().isBlank()) {
            return error(Response.Status.BAD_REQUEST, "the payload has no _model (the Odoo model of the record)");
        }
        Map<String, FeedbackModel> followed = followed();
        FeedbackModel feedbackModel = followed.get(modelName.getString());
        if (feedbackModel == null) {
            return error(Response.Status.BAD_REQUEST, "Takt does not follow the Odoo model '" + modelName.getString()
                    + "'; webhooks are taken for " + String.join(", ", followed.keySet()));
        }
        JsonValue id = payload.get("_id");
        Long odooId = null;
        if (id != null && id.getValueType() != JsonValue.ValueType.NULL) {
            if (!(id instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 1) {
                return error(Response.Status.BAD_REQUEST, "_id must be the record's id (a positive whole number), "
                        + "got " + id);
            }
            odooId = n.longValue();
        }
        JsonValue action = payload.get("_action");
        String actionName = action instanceof JsonString a ? a.getString() : null;
        FeedbackRelay.Hint hint = relay.hint(feedbackModel, modelName.getString(), odooId, actionName, body);
        return Response.accepted(Json.createObjectBuilder()
                .add("hint", hint.id())
                .add("model", feedbackModel.name())
                .add("message", "hint recorded; Takt reads the committed changes of " + modelName.getString()
                        + " now and again shortly")
                .build().toString()).build();
    }

    /** Odoo model name → feedback model. */
    private Map<String, FeedbackModel> followed() {
        return Arrays.stream(FeedbackModel.values()).collect(Collectors.toMap(m -> feed.odooModel(m.entity()),
                m -> m, (a, b) -> a, LinkedHashMap::new));
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(Json.createObjectBuilder().add("error", message).build().toString()).build();
    }
}
