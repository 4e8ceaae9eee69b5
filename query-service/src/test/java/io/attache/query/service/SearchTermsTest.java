package io.attache.query.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void foldsLikeTheStoreAndSplitsIntoTokens() {
        SearchTerms t = SearchTerms.parse("  Hoàng   Xuân CHIẾN ");
        assertThat(t.folded()).isEqualTo("hoang xuan chien");
        assertThat(t.tokens()).containsExactly("hoang", "xuan", "chien");
    }

    @Test
    void vietnameseDBecomesD() {
        assertThat(SearchTerms.parse("Đỗ Đức").tokens()).containsExactly("do", "duc");
    }

    @Test
    void theNameKeyIgnoresOrderAndSplitsHyphens() {
        assertThat(SearchTerms.parse("Koji Kano").nameKey()).isEqualTo(SearchTerms.parse("KANO Koji").nameKey())
                .isEqualTo("kano-koji");
        assertThat(SearchTerms.parse("Lee Jae-myung").nameKey()).isEqualTo("jae-lee-myung");
    }

    @Test
    void punctuationOnlyHasNothingToSearch() {
        assertThat(SearchTerms.parse("!!! ...")).isNull();
    }

    @Test
    void tokensBecomeWordPrefixPatterns() {
        assertThat(SearchTerms.wordPrefix("nam")).isEqualTo("(^|[][ !\"#$%&'()*+,./:;<=>?@\\\\^_`{|}~-])nam");
        assertThat(SearchTerms.contains("tokyo")).isEqualTo("%tokyo%");
    }
}
