package io.attache.extraction.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.extraction.Run;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "They discussed the South China Sea.|South China Sea",
        "They discussed the situation in the East China Sea.|East China Sea",
        "Cooperation in search-and-rescue grew.|search and rescue",
        "They support a free and open Indo-Pacific.|Free and Open Indo-Pacific",
        "They support FOIP.|Free and Open Indo-Pacific",
        "They discussed maritime security.|maritime security",
        "Cyber security was raised.|cybersecurity",
        "Counterterrorism was raised.|counter-terrorism",
        "UN peacekeeping was raised.|peacekeeping",
        "The defense industry was raised.|defence industry",
        "HADR drills were held.|humanitarian assistance and disaster relief",
        "They upheld ASEAN's centrality.|ASEAN centrality",
        "They discussed military medicine.|military medicine",
        "They discussed the Taiwan Strait.|Taiwan Strait"
    })
    void topicsFromTheGazetteer(String text, String topic) {
        assertThat(Run.extract(text).topics()).contains(topic);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"The weather was fine.", "They ate lunch in Osaka."})
    void noTopics(String text) {
        assertThat(Run.extract(text).topics()).isEmpty();
    }
}
