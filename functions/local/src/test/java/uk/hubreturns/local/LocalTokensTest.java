package uk.hubreturns.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.hubreturns.common.security.Role;

class LocalTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final LocalTokens tokens = new LocalTokens(LocalSigningKeys.generate());

    @Test
    void aTokenItIssuedPassesWithTheClaimsTheAuthorizerWouldPassOn() {
        String token = tokens.issue("staff-7", Role.HUB_STAFF, Set.of("north"), Duration.ofHours(8), NOW);

        LocalTokens.Checked checked = tokens.check(token, NOW.plusSeconds(60));

        assertThat(checked).isInstanceOfSatisfying(LocalTokens.Valid.class, valid -> assertThat(valid.claims())
                .containsEntry("sub", "staff-7")
                .containsEntry("cognito:groups", "[hub-staff]")
                .containsEntry("custom:hubs", "north")
                .containsEntry("iss", LocalTokens.ISSUER));
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = tokens.issue("staff-7", Role.HUB_STAFF, Set.of("north"), Duration.ofMinutes(5), NOW);

        assertThat(tokens.check(token, NOW.plus(Duration.ofMinutes(5)))).isEqualTo(new LocalTokens.Invalid("The token has expired: get a new one."));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        String forged = new LocalTokens(LocalSigningKeys.generate()).issue("x", Role.COUNTY_ADMIN, Set.of(), Duration.ofHours(1), NOW);

        assertThat(tokens.check(forged, NOW)).isEqualTo(new LocalTokens.Invalid("The token's signature does not match this runtime's key."));
    }

    @Test
    void anUnsignedAlgNoneTokenIsRefused() {
        String header = BASE64URL.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = BASE64URL.encodeToString(("{\"sub\":\"x\",\"iss\":\"hub-returns-local\",\"aud\":\"hub-returns-local\","
                + "\"exp\":" + NOW.plusSeconds(3600).getEpochSecond() + ",\"cognito:groups\":[\"county-admin\"]}").getBytes(StandardCharsets.UTF_8));

        assertThat(tokens.check(header + "." + claims + ".", NOW)).isEqualTo(new LocalTokens.Invalid("The token must be signed with RS256."));
    }

    @Test
    void aTokenWhoseClaimsWereChangedAfterSigningIsRefused() {
        String token = tokens.issue("staff-7", Role.HUB_STAFF, Set.of("north"), Duration.ofHours(1), NOW);
        String[] parts = token.split("\\.");
        String promoted = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("hub-staff", "county-admin");

        assertThat(tokens.check(parts[0] + "." + BASE64URL.encodeToString(promoted.getBytes(StandardCharsets.UTF_8)) + "." + parts[2], NOW))
                .isInstanceOf(LocalTokens.Invalid.class);
    }

    @Test
    void aTokenForAnotherAudienceOrIssuerIsRefused() throws Exception {
        LocalSigningKeys keys = LocalSigningKeys.generate();
        LocalTokens ours = new LocalTokens(keys);
        String token = ours.issue("x", Role.PARTNER, Set.of(), Duration.ofHours(1), NOW);
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"aud\":\"hub-returns-local\"", "\"aud\":\"another-app\"").replace("\"client_id\":\"hub-returns-local\"", "\"client_id\":\"another-app\"");
        String input = parts[0] + "." + BASE64URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        java.security.Signature signer = java.security.Signature.getInstance("SHA256withRSA");
        signer.initSign(keys.privateKey());
        signer.update(input.getBytes(StandardCharsets.US_ASCII));

        assertThat(ours.check(input + "." + BASE64URL.encodeToString(signer.sign()), NOW))
                .isEqualTo(new LocalTokens.Invalid("The token is for another application."));
    }

    @Test
    void keysKeptOnDiskSignTokensThatStillPassAfterARestart(@TempDir Path data) {
        String token = new LocalTokens(LocalSigningKeys.loadOrCreate(data)).issue("x", Role.PARTNER, Set.of(), Duration.ofHours(1), NOW);

        assertThat(new LocalTokens(LocalSigningKeys.loadOrCreate(data)).check(token, NOW)).isInstanceOf(LocalTokens.Valid.class);
    }
}
