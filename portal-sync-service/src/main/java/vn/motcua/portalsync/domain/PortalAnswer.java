package vn.motcua.portalsync.domain;

/**
 * What the portal answered to one change: acknowledged, already known (its duplicate answer: the change was sent
 * before, e.g. by a send whose answer was lost) or failed (unreachable, refused, a server error), to be retried.
 */
public record PortalAnswer(Outcome outcome, String error) {

    public enum Outcome { ACKNOWLEDGED, DUPLICATE, FAILED }

    public static PortalAnswer acknowledged() {
        return new PortalAnswer(Outcome.ACKNOWLEDGED, null);
    }

    public static PortalAnswer duplicate() {
        return new PortalAnswer(Outcome.DUPLICATE, null);
    }

    public static PortalAnswer failed(String error) {
        return new PortalAnswer(Outcome.FAILED, error);
    }

    public boolean delivered() {
        return outcome != Outcome.FAILED;
    }
}
