package vn.motcua.processing.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.motcua.processing.application.LimitedLookup;
import vn.motcua.processing.application.LookupLimiter.TooManyLookups;
import vn.motcua.processing.application.LookupTokens;
import vn.motcua.processing.application.PublicLookup;
import vn.motcua.processing.application.Ratings;
import vn.motcua.processing.domain.Criterion;
import vn.motcua.processing.domain.InvalidInput;
import vn.motcua.processing.domain.Rating;
import vn.motcua.processing.domain.RatingForm;
import vn.motcua.processing.domain.RuleViolated;

/**
 * The citizens' lookup page, server-rendered and usable without JavaScript. The form (code, the slip's lookup PIN,
 * or for a dossier received before PINs the phone ending) is POSTed, so the secret never appears in a URL or an
 * access log, and answered with a 303 to {@code /tra-cuu/ket-qua/{token}}, an opaque short-lived link; the same
 * limits as the JSON lookup apply. A returned dossier's result page invites the citizen to rate the service.
 */
@Tag(name = "Citizen lookup", description = "The public pages where a citizen looks up a dossier by its code and the lookup PIN on the receipt slip")
// public: no token (an empty security requirement in the OpenAPI document)
@SecurityRequirements
@Path("/tra-cuu")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class CitizenLookupResource {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9.\\-]{1,64}");
    private static final String RESULT = "/tra-cuu/ket-qua/";
    private static final Pattern SCORE = Pattern.compile("[1-5]");
    /** The comment box's field name. */
    static final String COMMENT = "gopY";

    private final LimitedLookup limited;
    private final PublicLookup lookup;
    private final LookupTokens tokens;
    private final CitizenLookupPage page;
    private final TrustedProxies proxies;
    private final Ratings ratings;

    public CitizenLookupResource(LimitedLookup limited, PublicLookup lookup, LookupTokens tokens,
            CitizenLookupPage page, TrustedProxies proxies, Ratings ratings) {
        this.proxies = proxies;
        this.ratings = ratings;
        this.limited = limited;
        this.lookup = lookup;
        this.tokens = tokens;
        this.page = page;
    }

    /** The empty form; {@code ?ma=CODE} fills the code in (e.g. from a link on the receipt). */
    @Operation(operationId = "lookupForm", summary = "Show the lookup form (HTML)")
    @GET
    public Response form(@QueryParam("ma") String code) {
        String normalized = normalize(code);
        return html(200, page.form(normalized != null && CODE.matcher(normalized).matches() ? normalized : null));
    }

    @Operation(operationId = "lookUp", summary = "Look a dossier up by code and lookup PIN (HTML form post)")
    @APIResponse(responseCode = "303", description = "Found: to the result's short-lived link")
    @APIResponse(responseCode = "400", description = "The form again, naming the field to correct")
    @APIResponse(responseCode = "404", description = "No dossier with this code and PIN or phone (the same for either)")
    @APIResponse(responseCode = "429", description = "Too many lookups from this address or for this code")
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response lookUp(@FormParam("ma") String rawCode, @FormParam("pin") String rawPin,
            @FormParam("sdt") String rawPhone, @Context HttpServerRequest request) {
        String code = normalize(rawCode);
        String pin = blankToNull(rawPin);
        String phone = blankToNull(rawPhone);
        String codeError = code == null || code.isEmpty() ? "Vui lòng nhập mã hồ sơ."
                : CODE.matcher(code).matches() ? null
                : "Mã hồ sơ chỉ gồm chữ, số, dấu chấm và dấu gạch ngang, như trên giấy tiếp nhận.";
        String pinError = pin == null && phone == null ? "Vui lòng nhập mã tra cứu in trên phiếu hẹn."
                : pin != null && !LimitedLookup.isPin(pin)
                ? "Mã tra cứu gồm 8 ký tự (chữ in hoa và chữ số), in trên phiếu hẹn." : null;
        String phoneError = phone == null || LimitedLookup.isPhoneEnding(phone) ? null
                : "Vui lòng nhập đúng 4 chữ số cuối của số điện thoại.";
        if (codeError != null || pinError != null || phoneError != null) {
            return html(400, page.invalid(codeError == null ? code : rawCode, codeError, pinError, phoneError));
        }
        Optional<PublicDossierView> found;
        try {
            found = limited.find(ClientAddress.of(request, proxies), code, pin, phone).map(PublicViewMapper::view);
        } catch (TooManyLookups e) {
            return respond(429, page.tooMany(code, e)).header("Retry-After", e.retryAfterSeconds()).build();
        }
        if (found.isEmpty()) {
            return html(404, page.notFound(code));
        }
        return Response.seeOther(URI.create(RESULT + tokens.issue(code))).header("Cache-Control", "no-store")
                .build();
    }

    /** Reads the dossier afresh on every visit, so a reload shows news; the token stands for the checked secret. */
    @Operation(operationId = "lookupResult", summary = "Show a lookup's result by its short-lived link (HTML)")
    @APIResponse(responseCode = "200", description = "The dossier's status")
    @APIResponse(responseCode = "404", description = "The link has expired, or the dossier is gone")
    @GET
    @Path("ket-qua/{token}")
    public Response result(@PathParam("token") String token) {
        return tokens.resolve(token)
                .map(grant -> lookup.reopen(grant.code()).map(PublicViewMapper::view)
                        .map(view -> html(200, page.result(view, token)))
                        .orElseGet(() -> html(404, page.notFound(grant.code()))))
                .orElseGet(() -> html(404, page.expired()));
    }

    /**
     * The rating form of a returned dossier's result page. No CSRF token is needed: the form posts to the result
     * link's own address, whose 144 random bits a third-party page cannot know, and no cookie or login is involved;
     * the link stands for the secret checked by the lookup.
     */
    @Operation(operationId = "rateByLookupResult", summary = "Rate the service from a lookup's result page (HTML form post)")
    @APIResponse(responseCode = "303", description = "Recorded: back to the result page, which thanks the citizen")
    @APIResponse(responseCode = "400", description = "The form again, naming the criteria to score or the comment")
    @APIResponse(responseCode = "404", description = "The link has expired, or the dossier is gone")
    @APIResponse(responseCode = "409", description = "Rated already, or the result is not returned yet")
    @POST
    @Path("ket-qua/{token}/danh-gia")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rate(@PathParam("token") String token, MultivaluedMap<String, String> form) {
        Optional<LookupTokens.Grant> grant = tokens.resolve(token);
        if (grant.isEmpty()) {
            return html(404, page.expired());
        }
        String code = grant.get().code();
        Optional<PublicDossierView> view = reopen(code);
        if (view.isEmpty()) {
            return html(404, page.notFound(code));
        }
        Map<Criterion, Integer> chosen = new EnumMap<>(Criterion.class);
        List<Criterion> missing = new ArrayList<>();
        for (Criterion c : Criterion.values()) {
            Integer score = score(form.getFirst(c.name()));
            if (score == null) {
                missing.add(c);
            } else {
                chosen.put(c, score);
            }
        }
        if (!missing.isEmpty()) {
            String error = "Vui lòng chọn một mức từ 1 đến 5 cho: "
                    + String.join("; ", missing.stream().map(Criterion::label).toList()) + ".";
            return html(400, page.ratingInvalid(view.get(), token, chosen, missing, form.getFirst(COMMENT), error));
        }
        RatingForm rating;
        try {
            Map<String, Integer> scores = new LinkedHashMap<>();
            chosen.forEach((c, n) -> scores.put(c.name(), n));
            rating = RatingForm.of(scores, form.getFirst(COMMENT));
        } catch (InvalidInput e) {
            return html(400, page.ratingInvalid(view.get(), token, chosen, List.of(), form.getFirst(COMMENT),
                    "Góp ý tối đa " + RatingForm.MAX_COMMENT + " ký tự."));
        }
        try {
            if (ratings.rateByLink(token, rating).isEmpty()) {
                return html(404, page.expired());
            }
        } catch (RuleViolated e) {
            String why = Rating.RATED_ONCE.equals(e.getMessage())
                    ? "Hồ sơ này đã được đánh giá. Mỗi hồ sơ chỉ được đánh giá một lần."
                    : "Chỉ đánh giá được sau khi hồ sơ đã được trả kết quả.";
            return html(409, page.ratingRefused(reopen(code).orElse(view.get()), token, why));
        }
        return Response.seeOther(URI.create(RESULT + token)).header("Cache-Control", "no-store").build();
    }

    private Optional<PublicDossierView> reopen(String code) {
        return lookup.reopen(code).map(PublicViewMapper::view);
    }

    /** A radio's value, 1 to 5; anything else is no choice. */
    private static Integer score(String value) {
        if (value == null || !SCORE.matcher(value.strip()).matches()) {
            return null;
        }
        return Integer.valueOf(value.strip());
    }

    private static String normalize(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Response html(int status, String body) {
        return respond(status, body).build();
    }

    /** Never cached (personal status), never framed, nothing loaded from elsewhere, no referrer leaks the link. */
    private static Response.ResponseBuilder respond(int status, String body) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:;"
                        + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
                .entity(body);
    }
}
