package io.attache.extraction.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.extraction.Run;
import io.attache.extraction.model.DatePrecision;
import io.attache.extraction.model.ExtractedEvent;
import io.attache.extraction.model.ExtractionResult;
import io.attache.extraction.model.Participant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventsTest {

    private static ExtractedEvent main(ExtractionResult r) {
        return r.events().stream().filter(ExtractedEvent::main).findFirst()
                .orElseThrow(() -> new AssertionError("no main event"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Japanese Foreign Minister Ichiro Sato held talks with Indian Defence Minister Rajnath Singh on Monday.|talks",
        "Viet Nam and Japan held their first Vice-Ministerial Consultation in Tokyo on Thursday.|consultation",
        "India and Australia held the second 2+2 Ministerial Dialogue in Canberra.|dialogue",
        "Japanese Foreign Minister Ichiro Sato met Indian Defence Minister Rajnath Singh on Monday.|meeting",
        "Chinese Foreign Minister Wang Yi spoke by phone with Russian Foreign Minister Sergey Lavrov.|phone_call",
        "Chinese Foreign Minister Wang Yi held a phone call with Russian Foreign Minister Sergey Lavrov.|phone_call",
        "Indian Defence Minister Rajnath Singh paid an official visit to Japan.|visit",
        "Leaders of Japan and South Korea held a summit in Seoul.|summit",
        "Vietnamese Prime Minister Pham Minh Chinh received Japanese Ambassador Ito Naoki in Hanoi.|meeting",
        "Japan and the Philippines attended the Shangri-La Dialogue conference in Singapore.|dialogue"
    })
    void kinds(String text, String kind) {
        assertThat(main(Run.extract(text)).kind()).isEqualTo(kind);
    }

    @Test
    void mainEventDateCityHostAndParties() {
        ExtractionResult r = Run.extract("HANOI — Vietnamese Minister of National Defence Gen. Phan Văn Giang held "
                + "talks with visiting Japanese Defence Minister Sato Ichiro on Tuesday.");
        ExtractedEvent e = main(r);
        assertThat(e.date()).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(e.datePrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(e.city()).isEqualTo("Hanoi");
        assertThat(e.hostCountry()).isEqualTo("VN");
        assertThat(e.parties()).containsExactly("JP", "VN");
        assertThat(e.participants()).extracting(Participant::role).containsOnly(Participant.HEAD_OF_DELEGATION);
        assertThat(e.evidence()).isNotEmpty();
    }

    @Test
    void cityInTheSentenceBeatsTheDateline() {
        ExtractedEvent e = main(Run.extract("TOKYO — Indian Defence Minister Rajnath Singh met Japanese Defence "
                + "Minister Sato Ichiro in Osaka on Monday."));
        assertThat(e.city()).isEqualTo("Osaka");
        assertThat(e.hostCountry()).isEqualTo("JP");
        assertThat(e.date()).isEqualTo(LocalDate.of(2025, 12, 1));
    }

    @Test
    void datelineDateWhenTheSentenceHasNone() {
        ExtractedEvent e = main(Run.extract("Manila, November 30 – Philippine Defense Secretary Gilberto Teodoro "
                + "met Japanese Defence Minister Sato Ichiro."));
        assertThat(e.date()).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(e.city()).isEqualTo("Manila");
        assertThat(e.parties()).containsExactly("JP", "PH");
    }

    @Test
    void aMonthInASubordinateClauseIsNotTheEventDate() {
        ExtractedEvent e = main(Run.extract("Tokyo, December 4 – Japan and Viet Nam convened their first "
                + "Consultation, a mechanism created after leaders agreed in April to enhance ties."));
        assertThat(e.date()).isEqualTo(LocalDate.of(2025, 12, 4));
    }

    @Test
    void visitWithoutCityGetsTheVisitedCountryAsHost() {
        ExtractedEvent e = main(Run.extract("Indian Defence Minister Rajnath Singh began an official visit to "
                + "Japan on Wednesday."));
        assertThat(e.hostCountry()).isEqualTo("JP");
        assertThat(e.parties()).containsExactly("IN", "JP");
    }

    @Test
    void receptionLaterTheSameDayIsASecondEvent() {
        ExtractionResult r = Run.extract("TOKYO — Japan and India held their first Defence Dialogue in Tokyo on "
                + "Tuesday. The Indian delegation was led by Defence Secretary Rajesh Kumar, while Japan was "
                + "represented by Vice Minister Sato Ichiro.\nLater on the day, Japanese Minister of Defence "
                + "Suzuki Jiro hosted a reception for Kumar.");
        assertThat(r.events()).hasSize(2);
        ExtractedEvent reception = r.events().get(1);
        assertThat(reception.kind()).isEqualTo("reception");
        assertThat(reception.main()).isFalse();
        assertThat(reception.date()).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(reception.city()).isEqualTo("Tokyo");
        assertThat(reception.parties()).containsExactly("IN", "JP");
        String host = r.officials().stream().filter(o -> o.nameKey().equals("jiro-suzuki")).findFirst()
                .orElseThrow().localId();
        assertThat(reception.participants()).contains(new Participant(host, Participant.HOST));
    }

    @Test
    void separateMeetingsAreNotNewEventsButTheirOfficialsTakePart() {
        ExtractionResult r = Run.extract("Japan and India held their first Defence Dialogue in Tokyo on Tuesday, "
                + "led by Vice Minister Sato Ichiro and Defence Secretary Rajesh Kumar. Kumar also held separate "
                + "meetings with Deputy Chief Cabinet Secretary Tanaka Goro.");
        assertThat(r.events()).hasSize(1);
        String tanaka = r.officials().stream().filter(o -> o.nameKey().equals("goro-tanaka")).findFirst()
                .orElseThrow().localId();
        assertThat(r.events().get(0).participants()).contains(new Participant(tanaka, Participant.PARTICIPANT));
    }

    @Test
    void headlineKindYieldsToTheBody() {
        ExtractionResult r = Run.extract("Japan and India Hold Talks in Tokyo\nJapan and India held their first "
                + "Defence Consultation in Tokyo on Tuesday.");
        assertThat(main(r).kind()).isEqualTo("consultation");
        assertThat(main(r).name()).isEqualTo("first Defence Consultation");
        assertThat(main(r).ordinal()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "India and Japan held the 11th Defence Policy Dialogue in Tokyo.|11",
        "India and Japan held their third round of talks in Tokyo.|3",
        "India and Japan held talks in Tokyo.|"
    })
    void ordinals(String text, Integer ordinal) {
        assertThat(main(Run.extract(text)).ordinal()).isEqualTo(ordinal);
    }

    @Test
    void countriesInOrganisationNamesAreNotParties() {
        ExtractionResult r = Run.extract("Japanese Foreign Minister Sato Ichiro met Chairman of the "
                + "Japan-Korea Friendship Association Tanaka Goro in Tokyo on Monday.");
        assertThat(main(r).parties()).containsExactly("JP");
    }

    @Test
    void noMeetingNoEvent() {
        assertThat(Run.extract("The weather in Hanoi was warm on Thursday.").events()).isEmpty();
        assertThat(Run.extract("Analysts said the talks were useful.").events()).isEmpty();
    }

    @Test
    void futureMeetingIsNotTheMainEvent() {
        ExtractionResult r = Run.extract("Japanese Foreign Minister Sato Ichiro will visit India next week. "
                + "He met Indian Defence Minister Rajnath Singh in Tokyo on Monday.");
        assertThat(main(r).kind()).isEqualTo("meeting");
        assertThat(main(r).date()).isEqualTo(LocalDate.of(2025, 12, 1));
    }

    @Test
    void eventLocalIdsAndMainFlag() {
        ExtractionResult r = Run.extract("Japan and India held talks in Tokyo on Monday. Later that day, Japanese "
                + "Prime Minister Sato Ichiro hosted a banquet for Indian Defence Minister Rajnath Singh.");
        assertThat(r.events()).extracting(ExtractedEvent::localId).containsExactly("E1", "E2");
        assertThat(r.events()).extracting(ExtractedEvent::main).containsExactly(true, false);
        assertThat(r.events().get(1).date()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(r.events().get(0).topics()).isEqualTo(List.of());
    }
}
