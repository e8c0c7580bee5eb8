package id.fleksi.security;

import id.fleksi.shared.web.ApiController;
import id.fleksi.shared.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The caller's own API tokens: made once with the password (HTTP Basic), listed without their secrets, revoked.
 * A token cannot make another token, so that a token that leaks cannot outlive its own expiry.
 */
@ApiController("/api/tokens")
class TokenApi {

    private final ApiTokens tokens;
    private final Clock clock;

    TokenApi(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    record TokenRequest(String name, Integer expiresInDays) {
    }

    record Created(long id, String name, String token, Instant expiresAt) {
    }

    record Listed(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, boolean expired) {
    }

    @PostMapping
    ResponseEntity<Created> create(@AuthenticationPrincipal FleksiUser user, Authentication authentication,
                                   @RequestBody(required = false) TokenRequest body) {
        if (BearerTokenFilter.signedInWithToken(authentication)) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, "token.problem.passwordNeeded");
        }
        TokenRequest request = body == null ? new TokenRequest(null, null) : body;
        tokens.check(request.name(), request.expiresInDays(), user.accountId()).ifPresent(refusal -> {
            throw ApiProblem.field(refusal.field(), refusal.messageKey());
        });
        ApiTokens.CreatedToken token = tokens.create(user, request.name(), request.expiresInDays());
        return ResponseEntity.created(URI.create("/api/tokens/" + token.id()))
                .body(new Created(token.id(), token.name(), token.token(), token.expiresAt()));
    }

    @GetMapping
    List<Listed> list(@AuthenticationPrincipal FleksiUser user) {
        Instant now = clock.instant();
        return tokens.of(user.accountId()).stream()
                .map(t -> new Listed(t.id(), t.name(), t.createdAt(), t.expiresAt(), t.lastUsedAt(), t.expiredAt(now)))
                .toList();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal FleksiUser user, @PathVariable long id) {
        if (!tokens.revoke(user, id)) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND, "token.problem.notFound");
        }
        return ResponseEntity.noContent().build();
    }
}
