package io.attache.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

    @ParameterizedTest
    @CsvSource({
        "Hoàng Xuân Chiến, hoang xuan chien",
        "Nguyễn Minh Vũ, nguyen minh vu",
        "Đặng Thị Ngọc Thịnh, dang thi ngoc thinh",
        "Việt Nam, viet nam",
        "KANO, kano",
        "Łukasz Søren, lukasz soren",
        "Türkiye, turkiye",
        "São Tomé, sao tome",
        "Straße, strasse"
    })
    void foldsDiacriticsAndCase(String printed, String folded) {
        assertThat(Fold.fold(printed)).isEqualTo(folded);
    }

    @Test
    void tokensKeepOffsetsAndJoins() {
        Doc d = new Doc("Japan–Việt Nam ties, U.S. talks");
        assertThat(d.tok(0).text).isEqualTo("Japan");
        assertThat(d.tok(1).isDash()).isTrue();
        assertThat(d.tok(2).spaceBefore).isFalse();
        assertThat(d.text.substring(d.tok(2).start, d.tok(3).end)).isEqualTo("Việt Nam");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "He met Gen. Giang in Hanoi. They talked.|2",
        "The U.S. Secretary of State spoke. Then he left.|2",
        "H.E. Nguyen Minh Vu attended. Japan agreed.|2",
        "Sen. Lieut. Gen Hoàng Xuân Chiến led it. Japan was represented.|2",
        "Lloyd J. Austin met them.|1",
        "First line without stop|1",
        "They met on Dec. 4 in Tokyo. It was warm! Was it? Yes.|4"
    })
    void splitsSentencesButNotAbbreviations(String text, int sentences) {
        assertThat(new Doc(text).sentenceCount()).isEqualTo(sentences);
    }

    @Test
    void lineBreakEndsASentence() {
        Doc d = new Doc("Headline Without Stop\nTokyo, December 4 – Body text.");
        assertThat(d.sentenceCount()).isEqualTo(2);
        assertThat(d.sentenceSpan(1).text()).startsWith("Tokyo");
    }
}
