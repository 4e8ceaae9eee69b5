package io.attache.query.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpCachingTest {

    @Test
    void ifNoneMatchComparesWeakly() {
        assertThat(HttpCaching.matches("\"abc\"", "abc")).isTrue();
        assertThat(HttpCaching.matches("W/\"abc\"", "abc")).isTrue();
        assertThat(HttpCaching.matches("\"x\", W/\"abc\"", "abc")).isTrue();
        assertThat(HttpCaching.matches("*", "abc")).isTrue();
    }

    @Test
    void anotherOrNoTagDoesNotMatch() {
        assertThat(HttpCaching.matches("\"abd\"", "abc")).isFalse();
        assertThat(HttpCaching.matches("\"abc", "abc")).isFalse();
        assertThat(HttpCaching.matches(null, "abc")).isFalse();
        assertThat(HttpCaching.matches(" ", "abc")).isFalse();
    }
}
