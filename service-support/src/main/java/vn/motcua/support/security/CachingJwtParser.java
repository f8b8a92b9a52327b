package vn.motcua.support.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The JWT parser Quarkus' bearer-token authentication calls for every request ({@code parse(token)}), with the
 * verified result cached by {@link VerifiedTokens}: the per-request RS256 verification was a large share of a
 * receipt's CPU (issue 19). {@code MOTCUA_SECURITY_TOKEN_CACHE=false} verifies every request again. Every other
 * method goes straight to smallrye-jwt's parser.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {
    private final DefaultJWTParser delegate;
    private final VerifiedTokens cache;

    public CachingJwtParser(DefaultJWTParser delegate,
            @ConfigProperty(name = "motcua.security.token-cache", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "motcua.security.token-cache-size", defaultValue = "10000") int size) {
        this.delegate = delegate;
        this.cache = enabled ? new VerifiedTokens(size, Clock.systemUTC()) : null;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        return cache == null ? delegate.parse(token) : cache.verified(token, delegate::parse);
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return delegate.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }
}
