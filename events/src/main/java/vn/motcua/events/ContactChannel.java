package vn.motcua.events;

/** Channel on which an applicant prefers to receive notices. */
public enum ContactChannel {
    EMAIL, SMS, ZALO, PORTAL, PAPER
}
