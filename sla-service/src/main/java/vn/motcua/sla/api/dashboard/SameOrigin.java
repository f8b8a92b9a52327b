package vn.motcua.sla.api.dashboard;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Binds {@link SameOriginCheck} to a resource: its state-changing requests must come from its own pages. */
@NameBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface SameOrigin {
}
