package vn.motcua.processing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The PIN is kept as a salted hash and compared as the citizen may type it. */
class LookupPinTest {

    @Test
    void theHashIsPerDossierAndMatchesOnlyTheRightPin() {
        String hash = LookupPin.hash("000.00.99.H56-250101-0001", "K7M2XQ9P");
        assertThat(hash).hasSize(64).doesNotContain("K7M2XQ9P")
                .isNotEqualTo(LookupPin.hash("000.00.99.H56-250101-0002", "K7M2XQ9P"));
        assertThat(LookupPin.matches(hash, "000.00.99.H56-250101-0001", "k7m2-xq9p")).isTrue();
        assertThat(LookupPin.matches(hash, "000.00.99.H56-250101-0001", "K7M2XQ9R")).isFalse();
        assertThat(LookupPin.matches(hash, "000.00.99.H56-250101-0002", "K7M2XQ9P")).isFalse();
        assertThat(LookupPin.matches(hash, "000.00.99.H56-250101-0001", null)).isFalse();
        assertThat(LookupPin.matches(null, "000.00.99.H56-250101-0001", "K7M2XQ9P")).isFalse();
    }

    @Test
    void onlyThePrintedShapeIsWellFormed() {
        assertThat(LookupPin.isWellFormed(LookupPin.normalize(" k7m2 xq9p "))).isTrue();
        assertThat(LookupPin.isWellFormed("K7M2XQ9")).isFalse();
        assertThat(LookupPin.isWellFormed("K7M2XQ9O")).isFalse();
        assertThat(LookupPin.isWellFormed("K7M2XQ91")).isFalse();
        assertThat(LookupPin.isWellFormed(null)).isFalse();
    }
}
