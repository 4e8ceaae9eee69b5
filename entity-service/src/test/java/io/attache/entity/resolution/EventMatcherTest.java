package io.attache.entity.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.entity.resolution.EventMatcher.Description;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EventMatcherTest {
    private static final LocalDate DAY = LocalDate.of(2025, 12, 4);

    private static Description event(String kind, LocalDate date, String city, Integer ordinal, String... participants) {
        return new Description(kind, date, date == null ? null : "DAY", city, ordinal, null, Set.of(participants));
    }

    @ParameterizedTest(name = "{0} and {1} reports of one meeting match")
    @CsvSource({"consultation,consultation", "consultation,dialogue", "talks,meeting", "dialogue,talks", "visit,talks",
            "summit,meeting"})
    void meetingWordsOutletsUseInterchangeablyMatchOnTheSameDay(String stored, String reported) {
        EventMatcher.Verdict v = EventMatcher.compare(event(stored, DAY, "Tokyo", null), event(reported, DAY, "Tokyo", null));
        assertThat(v.matches()).isTrue();
        assertThat(v.features()).containsEntry("date", "same day").containsEntry("city", "same");
    }

    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({"consultation,reception", "talks,phone_call", "signing,meeting", "reception,phone_call", "conference,talks"})
    void differentKindsOfOccasionNeverMatch(String stored, String reported) {
        EventMatcher.Verdict v = EventMatcher.compare(event(stored, DAY, "Tokyo", null), event(reported, DAY, "Tokyo", null));
        assertThat(v.matches()).isFalse();
        assertThat(v.score()).isNull();
        assertThat((String) v.features().get("kind")).startsWith("differs");
    }

    @Test
    void aReportWithoutCityOrYearResolvedToTheSameDayStillMatches() {
        assertThat(EventMatcher.compare(event("consultation", DAY, "Tokyo", null), event("talks", DAY, null, null))
                .matches()).isTrue();
    }

    @Test
    void aReportPublishedADayLaterWithShiftedDateMatchesOnlyWithMoreEvidence() {
        Description stored = event("talks", DAY, "Hanoi", null, "off_a", "off_b");
        assertThat(EventMatcher.compare(stored, event("talks", DAY.plusDays(1), "Hanoi", null, "off_a")).matches()).isTrue();
        assertThat(EventMatcher.compare(stored, event("meeting", DAY.plusDays(1), null, null)).matches()).isFalse();
    }

    @Test
    void differentRoundsOfOneSeriesStayApart() {
        EventMatcher.Verdict v = EventMatcher.compare(event("dialogue", DAY, "Canberra", 10),
                event("dialogue", DAY, "Canberra", 11));
        assertThat(v.matches()).isFalse();
        assertThat((String) v.features().get("ordinal")).startsWith("differs");
    }

    @Test
    void meetingsDaysApartOrInAnotherCityStayApart() {
        Description stored = event("talks", DAY, "Seoul", null, "off_a");
        assertThat(EventMatcher.compare(stored, event("talks", DAY.plusDays(3), "Seoul", null, "off_a")).matches()).isFalse();
        assertThat(EventMatcher.compare(stored, event("talks", DAY, "Busan", null, "off_a")).matches()).isFalse();
    }

    @Test
    void anUndatedReportNeedsSharedParticipantsToMatch() {
        Description stored = event("consultation", DAY, "Tokyo", null, "off_a", "off_b");
        assertThat(EventMatcher.compare(stored, event("consultation", null, null, null)).matches()).isFalse();
        EventMatcher.Verdict withPeople = EventMatcher.compare(stored, event("consultation", null, null, null, "off_a", "off_b"));
        assertThat(withPeople.matches()).isTrue();
        assertThat(withPeople.features()).containsEntry("sharedParticipants", 2L);
    }

    @Test
    void kindFamiliesGroupTheMeetingWords() {
        assertThat(EventMatcher.kindFamily("dialogue")).isEqualTo(EventMatcher.kindFamily("talks")).isEqualTo("meeting");
        assertThat(EventMatcher.kindFamily("reception")).isEqualTo("reception");
    }
}
