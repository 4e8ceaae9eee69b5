package io.attache.extraction.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.extraction.Run;
import io.attache.extraction.model.ExtractedEvent;
import io.attache.extraction.model.ExtractionResult;
import io.attache.extraction.model.Participant;
import io.attache.extraction.text.Doc;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Finer event rules: headlines, lede dates, capitals, day shifts, secondary occasions. */
class EventRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Korea, Australia hold 2+2 talks in Melbourne\\nBody sentence here.|0|true",
        "Vietnam, Laos sign protocol on repatriating remains\\nBody.|0|true",
        "The ministers met in Hanoi.\\nThey talked.|0|false",
        "A long first sentence that ends with a full stop.|0|false"
    })
    void headlines(String text, int sentence, boolean headline) {
        assertThat(EventExtractor.isHeadline(new Doc(text.replace("\\n", "\n")), sentence)).isEqualTo(headline);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The following day, they met again.|1",
        "On the next day, they met again.|1",
        "A day earlier, they had met.|-1",
        "They met again.|0"
    })
    void dayShifts(String text, int shift) {
        assertThat(EventExtractor.dayShift(new Doc(text), 0)).isEqualTo(shift);
    }

    @Test
    void headlineWordDoesNotDecideTheKind() {
        ExtractionResult r = Run.extract("Korea, Australia hold 2+2 talks in Melbourne\n\nMELBOURNE — South Korea "
                + "and Australia held their sixth Foreign and Defence Ministers' Meeting (2+2) in Melbourne on Sunday.");
        ExtractedEvent e = r.events().get(0);
        assertThat(e.kind()).isEqualTo("meeting");
        assertThat(e.date()).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(e.ordinal()).isEqualTo(6);
        assertThat(e.parties()).containsExactly("AU", "KR");
    }

    @Test
    void datelineDateIsNotTheEventDate() {
        ExtractionResult r = Run.extract("SEOUL, Dec. 4 (Yonhap) -- Defense Minister Ahn Gyu-back met with U.S. "
                + "Ambassador John Doe on Wednesday.");
        assertThat(r.events().get(0).date()).isEqualTo(LocalDate.of(2025, 12, 3));
    }

    @Test
    void relativeDatesCountFromTheDatelineDate() {
        ExtractionResult r = Run.extract("CANBERRA, 2 December 2025 – Defence Minister John Carter today welcomed "
                + "Japan's Minister of Defense, Mr Sato Ichiro, for the annual Defence Ministers' Meeting.");
        assertThat(r.events().get(0).date()).isEqualTo(LocalDate.of(2025, 12, 2));
    }

    @Test
    void whenAndWhereComeFromTheLedeIfTheTriggerSentenceLacksThem() {
        ExtractionResult r = Run.extract("Jakarta (ANTARA) - Indonesian Defense Minister Budi Santoso and Malaysian "
                + "Defence Minister Ahmad Zaki signed a memorandum of understanding on defense industry cooperation "
                + "in Kuala Lumpur on Tuesday.\nUnder the MoU, firms will explore joint production.\nThe two "
                + "ministers held talks before the signing ceremony.");
        ExtractedEvent e = r.events().get(0);
        assertThat(e.kind()).isEqualTo("talks");
        assertThat(e.city()).isEqualTo("Kuala Lumpur");
        assertThat(e.date()).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(e.parties()).containsExactly("ID", "MY");
        assertThat(e.participants()).hasSize(2);
    }

    @Test
    void visitWithoutACityHappensInTheCapital() {
        ExtractionResult r = Run.extract("On July 8, Mr. SATO Ichiro, State Minister for Foreign Affairs, held a "
                + "meeting with H.E. Mr. Paulo Souza, Deputy Minister of Foreign Affairs of the Federative Republic "
                + "of Brazil, who is visiting Japan.");
        ExtractedEvent e = r.events().get(0);
        assertThat(e.city()).isEqualTo("Tokyo");
        assertThat(e.hostCountry()).isEqualTo("JP");
        assertThat(e.date()).isEqualTo(LocalDate.of(2025, 7, 8));
        assertThat(Run.official(r, "paulo-souza").orElseThrow().titles().get(0).canonical())
                .isEqualTo("Deputy Minister of Foreign Affairs");
    }

    @Test
    void courtesyCallNextDayIsAnotherEvent() {
        ExtractionResult r = Run.extract("British Defence Secretary Emma Stone held talks with New Zealand Minister "
                + "of Defence Aroha Smith in Wellington on Monday.\nThe following day, Ms Stone paid a courtesy call "
                + "on New Zealand Prime Minister Tom Brown.");
        assertThat(r.events()).hasSize(2);
        ExtractedEvent call = r.events().get(1);
        assertThat(call.kind()).isEqualTo("meeting");
        assertThat(call.date()).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(call.parties()).containsExactly("GB", "NZ");
    }

    @Test
    void talksDuringAStateVisitAreASecondEventButFollowingTheTalksIsNot() {
        ExtractionResult r = Run.extract("SINGAPORE — Vietnamese President Lương Văn Thịnh arrived in Singapore on "
                + "Tuesday for a three-day state visit.\nShortly after the welcome ceremony, the two Presidents held "
                + "talks.\nFollowing the talks, the two leaders witnessed the signing of an MoU on digital economy "
                + "cooperation.");
        assertThat(r.events()).extracting(ExtractedEvent::kind).containsExactly("visit", "talks");
        assertThat(r.events().get(1).parties()).isEqualTo(r.events().get(0).parties());
    }

    @Test
    void anaphoricSentenceAddsParticipantsAndTheirCountries() {
        ExtractionResult r = Run.extract("SEOUL — Defense Minister Ahn Gyu-back met with the commander of the U.S. "
                + "Indo-Pacific Command on Thursday.\nDuring the meeting in Seoul, Ahn and Commander of the U.S. "
                + "Indo-Pacific Command Adm. John Doe discussed ways to strengthen the combined defense posture.");
        ExtractedEvent e = r.events().get(0);
        assertThat(e.parties()).containsExactly("KR", "US");
        String doe = Run.official(r, "doe-john").orElseThrow().localId();
        assertThat(e.participants()).contains(new Participant(doe, Participant.PARTICIPANT));
    }

    @Test
    void signingAlongsideTalksIsAMeetingAndABareSigningIsASigning() {
        ExtractionResult talks = Run.extract("STOCKHOLM — Polish Defence Minister Jan Nowak and his Swedish "
                + "counterpart, Minister for Defence Erik Berg, signed an agreement on defence cooperation in "
                + "Stockholm on Monday.\nThe two ministers also discussed support for Ukraine.");
        assertThat(talks.events().get(0).kind()).isEqualTo("meeting");
        assertThat(talks.events().get(0).parties()).containsExactly("PL", "SE");
        ExtractionResult bare = Run.extract("MANILA — The Philippines and Japan on Friday signed a Reciprocal Access "
                + "Agreement.");
        assertThat(bare.events().get(0).kind()).isEqualTo("signing");
    }

    @Test
    void phoneCallHasNoCity() {
        ExtractionResult r = Run.extract("TOKYO, Aug. 29 (Kyodo) -- Foreign Minister Sato Ichiro held phone talks "
                + "with his South Korean counterpart Cho Hyun-seok on Wednesday.");
        ExtractedEvent e = r.events().get(0);
        assertThat(e.kind()).isEqualTo("phone_call");
        assertThat(e.city()).isNull();
        assertThat(e.date()).isEqualTo(LocalDate.of(2025, 8, 27));
    }
}
