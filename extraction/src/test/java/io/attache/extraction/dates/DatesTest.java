package io.attache.extraction.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.extraction.model.DatePrecision;
import io.attache.extraction.text.Doc;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

    private static ResolvedDate first(String text, String published) {
        Doc d = new Doc(text);
        var all = DateResolver.findAll(d, 0, d.size(), published == null ? null : LocalDate.parse(published));
        return all.isEmpty() ? null : all.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // text | published | date | precision
        "They met on Thursday.|2025-12-04|2025-12-04|DAY",
        "They met on Wednesday.|2025-12-04|2025-12-03|DAY",
        "They met on Friday.|2025-12-04|2025-11-28|DAY",
        "They met on Monday.|2025-12-08|2025-12-08|DAY",
        "They met on Sunday.|2025-12-08|2025-12-07|DAY",
        "They met yesterday.|2025-12-04|2025-12-03|DAY",
        "They meet today.|2025-12-04|2025-12-04|DAY",
        "They met last night.|2025-12-04|2025-12-03|DAY",
        "They met on December 4.|2025-12-04|2025-12-04|DAY",
        "They met on 4 December.|2025-12-04|2025-12-04|DAY",
        "They met on Dec. 2.|2025-12-04|2025-12-02|DAY",
        "They met on Dec 2.|2025-12-04|2025-12-02|DAY",
        "They met on the 2nd of December.|2025-12-04|2025-12-02|DAY",
        "They met on December 28.|2026-01-05|2025-12-28|DAY",
        "They will meet on December 10.|2025-12-04|2025-12-10|DAY",
        "They met on March 3, 2024.|2025-12-04|2024-03-03|DAY",
        "They met on 3 March 2024.|2025-12-04|2024-03-03|DAY",
        "date 2025-12-04 TOKYO|2025-12-04|2025-12-04|DAY",
        "They met in April.|2025-12-04|2025-04-01|MONTH",
        "They met in November 2023.|2025-12-04|2023-11-01|MONTH",
        "The MoU was signed in 2011.|2025-12-04|2011-01-01|YEAR",
        "They met last week.|2025-12-04|2025-11-27|MONTH",
        "They met last month.|2025-12-04|2025-11-01|MONTH",
        "They met last year.|2025-12-04|2024-01-01|YEAR"
    })
    void resolvesAgainstPublication(String text, String published, String date, DatePrecision precision) {
        ResolvedDate d = first(text, published);
        assertThat(d).isNotNull();
        assertThat(d.date()).isEqualTo(LocalDate.parse(date));
        assertThat(d.precision()).isEqualTo(precision);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "They may meet again.", "He said nothing.", "The 2+2 format works.", "Page 45 of the report."
    })
    void noFalseDates(String text) {
        assertThat(first(text, "2025-12-04")).isNull();
    }

    @Test
    void relativeDatesNeedAPublicationDate() {
        assertThat(first("They met on Thursday.", null)).isNull();
        assertThat(first("They met on March 3, 2024.", null).date()).isEqualTo(LocalDate.of(2024, 3, 3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "TOKYO — Japan and Viet Nam held talks.|Tokyo|",
        "Tokyo, December 4 – Japan and Viet Nam held talks.|Tokyo|2025-12-04",
        "HANOI (VNA) - Viet Nam and Japan held talks.|Hanoi|",
        "NEW DELHI, Dec 3 (PTI) - India held talks.|New Delhi|2025-12-03",
        "Headline Here\\nSummary line.\\nManila, November 30 – The talks began.|Manila|2025-11-30",
        " date 2025-12-04 TOKYO — Việt Nam and Japan held talks.|Tokyo|2025-12-04"
    })
    void datelines(String text, String city, String date) {
        Dateline d = Dateline.find(new Doc(text.replace("\\n", "\n")), LocalDate.of(2025, 12, 4));
        assertThat(d).isNotNull();
        assertThat(d.city().name()).isEqualTo(city);
        if (date == null) {
            assertThat(d.date()).isNull();
        } else {
            assertThat(d.date().date()).isEqualTo(LocalDate.parse(date));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Japan–Viet Nam Hold Talks in Tokyo to Boost Ties",
        "The minister said - as expected - that Tokyo matters.",
        "No dateline here."
    })
    void notDatelines(String text) {
        assertThat(Dateline.find(new Doc(text), LocalDate.of(2025, 12, 4))).isNull();
    }
}
