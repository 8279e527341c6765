package dev.takt.sandbox.frepple;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who may call the sandbox, as frePPLe decides it: HTTP Basic with a known user and password, or a JSON Web Token
 * signed with HS256 with the server's secret whose payload names the user ({@code {"user": "admin", "exp": …}}),
 * sent as {@code Authorization: Bearer <token>} or as {@code ?webtoken=<token>}. The sandbox knows one user,
 * {@code admin} with password {@code admin}.
 */
final class FreppleAuth {

    /** The sandbox's only user. */
    static final String USER = "admin";
    static final String PASSWORD = "admin";

    /** Outcome of the Basic check. */
    enum Basic {
        /** No {@code Authorization: Basic …} header. */
        ABSENT,
        /** Malformed header. */
        MALFORMED,
        /** Wrong user or password. */
        WRONG,
        /** Good credentials. */
        OK
    }

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] secret;

    FreppleAuth(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** A token for {@code user} expiring at {@code exp} (seconds since the epoch), like {@code frepplectl generatetoken}. */
    String mint(String user, long exp) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("user", user);
        payload.put("exp", exp);
        String head = B64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String body = B64.encodeToString(FreppleJson.write(payload).getBytes(StandardCharsets.UTF_8));
        return head + "." + body + "." + B64.encodeToString(sign(head + "." + body));
    }

    /**
     * The user a token names when it is well formed, signed with HS256 by this secret, not expired and names a known
     * user; otherwise null.
     */
    String verify(String token, long nowEpochSeconds) {
        String[] parts = token == null ? new String[0] : token.strip().split("\\.", -1);
        if (parts.length != 3) {
            return null;
        }
        try {
            Object header = FreppleJson.parse(new String(Base64.getUrlDecoder().decode(parts[0]),
                    StandardCharsets.UTF_8));
            if (!(header instanceof Map<?, ?> h) || !"HS256".equals(h.get("alg"))) {
                return null;
            }
            byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
            if (!MessageDigest.isEqual(signature, sign(parts[0] + "." + parts[1]))) {
                return null;
            }
            Object payload = FreppleJson.parse(new String(Base64.getUrlDecoder().decode(parts[1]),
                    StandardCharsets.UTF_8));
            if (!(payload instanceof Map<?, ?> p)) {
                return null;
            }
            Object exp = p.get("exp");
            if (exp != null && (!(exp instanceof BigDecimal e) || e.longValue() <= nowEpochSeconds)) {
                return null;
            }
            return USER.equals(p.get("user")) ? USER : null;
        } catch (IllegalArgumentException | FreppleJson.ParseError e) {
            return null;
        }
    }

    /** Checks an {@code Authorization} header for HTTP Basic credentials. */
    static Basic basic(String authorization) {
        if (authorization == null) {
            return Basic.ABSENT;
        }
        String[] parts = authorization.strip().split("\\s+");
        if (parts.length == 0 || !parts[0].equalsIgnoreCase("basic")) {
            return Basic.ABSENT;
        }
        if (parts.length != 2) {
            return Basic.MALFORMED;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Basic.MALFORMED;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Basic.MALFORMED;
        }
        return decoded.substring(0, colon).equals(USER) && decoded.substring(colon + 1).equals(PASSWORD)
                ? Basic.OK : Basic.WRONG;
    }

    /** The message frePPLe's REST framework gives for a Basic header of that kind. */
    static String basicMessage(String authorization) {
        String[] parts = authorization.strip().split("\\s+");
        if (parts.length == 1) {
            return "Invalid basic header. No credentials provided.";
        }
        if (parts.length > 2) {
            return "Invalid basic header. Credentials string should not contain spaces.";
        }
        return "Invalid basic header. Credentials not correctly base64 encoded.";
    }

    private byte[] sign(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.length == 0 ? new byte[1] : secret, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
