package uk.hubreturns.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import uk.hubreturns.common.security.Principal;
import uk.hubreturns.common.security.Role;

/**
 * Signs tokens shaped like Cognito's (RS256, {@code cognito:groups}, {@code custom:hubs}) and checks them as the
 * HTTP API's JWT authorizer does: the signature with our key, RS256 only, the issuer, the audience and the expiry.
 * A checked token's claims are passed on as the authorizer passes them, arrays written {@code [a b]}.
 */
final class LocalTokens {

    static final String ISSUER = "hub-returns-local";
    static final String AUDIENCE = "hub-returns-local";
    static final Duration DEFAULT_LIFETIME = Duration.ofHours(8);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    sealed interface Checked {
    }

    record Valid(Map<String, String> claims) implements Checked {
    }

    record Invalid(String reason) implements Checked {
    }

    private final LocalSigningKeys keys;

    LocalTokens(LocalSigningKeys keys) {
        this.keys = keys;
    }

    String issue(String subject, Role role, Set<String> hubs, Duration lifetime, Instant now) {
        ObjectNode header = JSON.createObjectNode().put("alg", "RS256").put("typ", "JWT").put("kid", "local");
        ObjectNode claims = JSON.createObjectNode()
                .put("sub", subject)
                .put("iss", ISSUER)
                .put("aud", AUDIENCE)
                .put("client_id", AUDIENCE)
                .put("token_use", "id")
                .put("iat", now.getEpochSecond())
                .put("exp", now.plus(lifetime).getEpochSecond())
                .put("jti", UUID.randomUUID().toString());
        claims.putArray(Principal.GROUPS_CLAIM).add(role.group());
        if (!hubs.isEmpty()) {
            claims.put(Principal.HUBS_CLAIM, String.join(",", hubs));
        }
        String signingInput = encode(header) + "." + encode(claims);
        return signingInput + "." + BASE64URL.encodeToString(sign(signingInput));
    }

    Checked check(String token, Instant now) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return new Invalid("The token is not a JWT.");
        }
        JsonNode header;
        JsonNode claims;
        byte[] signature;
        try {
            header = JSON.readTree(BASE64URL_DECODER.decode(parts[0]));
            claims = JSON.readTree(BASE64URL_DECODER.decode(parts[1]));
            signature = BASE64URL_DECODER.decode(parts[2]);
        } catch (IOException | IllegalArgumentException e) {
            return new Invalid("The token is not a JWT.");
        }
        if (header == null || !header.path("alg").asText().equals("RS256")) {
            return new Invalid("The token must be signed with RS256.");
        }
        if (!verifies(parts[0] + "." + parts[1], signature)) {
            return new Invalid("The token's signature does not match this runtime's key.");
        }
        if (claims == null || !claims.isObject()) {
            return new Invalid("The token has no claims.");
        }
        if (!ISSUER.equals(claims.path("iss").asText())) {
            return new Invalid("The token was issued by someone else.");
        }
        if (!AUDIENCE.equals(claims.path("aud").asText()) && !AUDIENCE.equals(claims.path("client_id").asText())) {
            return new Invalid("The token is for another application.");
        }
        if (!claims.path("exp").canConvertToLong() || claims.path("exp").asLong() <= now.getEpochSecond()) {
            return new Invalid("The token has expired: get a new one.");
        }
        return new Valid(asAuthorizerClaims(claims));
    }

    private static Map<String, String> asAuthorizerClaims(JsonNode claims) {
        Map<String, String> flat = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = claims.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isArray()) {
                List<String> items = new ArrayList<>();
                ((ArrayNode) value).forEach(item -> items.add(item.asText()));
                flat.put(field.getKey(), "[" + String.join(" ", items) + "]");
            } else {
                flat.put(field.getKey(), value.asText());
            }
        }
        return flat;
    }

    private byte[] sign(String signingInput) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(keys.privateKey());
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }

    private boolean verifies(String signingInput, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(keys.publicKey());
            verifier.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String encode(JsonNode node) {
        try {
            return BASE64URL.encodeToString(JSON.writeValueAsBytes(node));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
