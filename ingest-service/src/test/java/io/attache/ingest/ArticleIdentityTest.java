package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.attache.ingest.service.ArticleIdentity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ArticleIdentityTest {

    @ParameterizedTest
    @CsvSource({
            "https://news.example.org/a/b, HTTPS://NEWS.EXAMPLE.ORG/a/b",
            "https://news.example.org/a/b, https://www.news.example.org/a/b/",
            "https://news.example.org/a/b, http://news.example.org:80/a/b#comments",
            "https://news.example.org/a?x=1&y=2, https://news.example.org/a?y=2&x=1&utm_source=feed&fbclid=abc",
    })
    void variantsOfOneUrlGiveOneId(String url, String variant) {
        assertThat(ArticleIdentity.idFor(variant, "any text")).isEqualTo(ArticleIdentity.idFor(url, "other text"));
    }

    @Test
    void differentPathsOrParametersGiveDifferentIds() {
        String a = ArticleIdentity.idFor("https://news.example.org/a?id=1", "t");
        assertThat(ArticleIdentity.idFor("https://news.example.org/a?id=2", "t")).isNotEqualTo(a);
        assertThat(ArticleIdentity.idFor("https://news.example.org/b?id=1", "t")).isNotEqualTo(a);
        assertThat(ArticleIdentity.idFor("https://news.example.org:8443/a?id=1", "t")).isNotEqualTo(a);
    }

    @Test
    void withoutUrlTheIdComesFromTheTextIgnoringWhitespaceLayout() {
        String id = ArticleIdentity.idFor(null, "Ministers met in Hanoi.\n\nThey signed an MoU.");
        assertThat(ArticleIdentity.idFor("  ", "  Ministers met in Hanoi. They   signed an MoU. ")).isEqualTo(id);
        assertThat(ArticleIdentity.idFor(null, "Ministers met in Hue. They signed an MoU.")).isNotEqualTo(id);
        assertThat(id).matches("art_[0-9a-f]{24}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a url", "ftp://example.org/file", "/relative/path", "https://"})
    void invalidUrlsAreRejected(String url) {
        assertThatThrownBy(() -> ArticleIdentity.normaliseUrl(url)).isInstanceOf(IllegalArgumentException.class);
    }
}
