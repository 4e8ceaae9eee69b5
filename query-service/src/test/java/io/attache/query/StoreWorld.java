package io.attache.query;

import io.attache.extraction.text.Fold;
import io.attache.testing.Sql;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A small store, written once per test JVM the way entity-service writes it: two articles about a Tokyo consultation,
 * officials with aliases, posts and mentions, events, agreements, organisations and resolution records. Every name
 * carries a random word ({@link #w}) and every id a random suffix, because the database is shared by all tests and
 * runs and never emptied: tests isolate their assertions with these.
 */
final class StoreWorld {
    private static StoreWorld instance;

    final String w = randomWord();           // e.g. "vexomura": unique name token of this run
    final String s = UUID.randomUUID().toString().substring(0, 8);

    // articles
    final String a1 = "art_w1_" + s;
    final String a2 = "art_w2_" + s;
    final String a1Text;
    final String a2Text;
    final String sentence1;

    // officials
    final String chienName = "Hoàng Xuân Chiến Đồ" + w;        // diacritics, đ
    final String chien = "off_chien_" + s;
    final String kanoName = "K" + w.toUpperCase() + " Koji";     // family name first, in capitals
    final String kano = "off_kano_" + s;
    final String kanoLonger = "off_kanolong_" + s;              // "Koji K<w> Tanaka": matches, not exactly
    final String kojiro = "off_kojiro_" + s;                    // "Kojiro K<w>": prefix match only
    final String namazu = "off_namazu_" + s;                    // "NAMAZU-like": "Hiroyuki Nam<w>"
    final String namazuName = "Hiroyuki N" + w;

    // organisations
    final String forum = "org_forum_" + s;                      // international, everyone holds a post there
    final String forumName = w + " Defence Forum";
    final String ministry = "org_mnd_" + s;
    final String ministryName = "Ministry of " + cap(w) + " Defence";

    // events: chien takes part in all six
    final String e1 = "evt_1_" + s; // 2019-06-04 consultation JP-VN, Tokyo
    final String e2 = "evt_2_" + s; // 2019-06-04 talks US-VN
    final String e3 = "evt_3_" + s; // 2019-05-01 meeting JP-VN
    final String e4 = "evt_4_" + s; // 2018-05-05 visit AU-VN
    final String e5 = "evt_5_" + s; // undated dialogue JP-VN
    final String e6 = "evt_6_" + s; // undated reception VN

    // agreements
    final String mou = "agr_mou_" + s;   // MoU search and rescue, JP-VN, signed at e1 by kano
    final String loi = "agr_loi_" + s;   // LoI training, JP-VN, at e1
    final String old = "agr_old_" + s;   // 2011 agreement, US-VN, referenced

    static synchronized StoreWorld get() {
        if (instance == null) {
            instance = new StoreWorld();
        }
        return instance;
    }

    private StoreWorld() {
        sentence1 = "Senior Lieutenant General " + chienName + " held talks with " + kanoName + " in Tokyo.";
        a1Text = "TOKYO - " + sentence1 + " The two sides signed a memorandum of understanding on search and rescue "
                + w + ". Chiến thanked the " + ministryName + ".";
        a2Text = "HANOI - Deputy Minister " + chienName.replace("Đồ", "Do").replace("Hoàng Xuân Chiến", "Hoang Xuan Chien")
                + " recalled the 2011 agreement. The MoU on search and rescue " + w + " was signed earlier.";
        article(a1, LocalDate.parse("2019-06-04"), "Japan, Viet Nam hold consultation", a1Text);
        article(a2, LocalDate.parse("2019-06-05"), "Deputy minister recalls agreements", a2Text);

        official(chien, chienName, "VN", "Senior Lieutenant General", "Hoang Xuan Chien Do" + w);
        official(kano, kanoName, "JP", null);
        official(kanoLonger, "Koji K" + w + " Tanaka", "JP", null);
        official(kojiro, "Kojiro K" + w, "JP", null);
        official(namazu, namazuName, "JP", null);

        alias(chien, chienName, 2, "2019-06-04", "2019-06-05");
        alias(chien, "Chiến", 1, "2019-06-04", "2019-06-04");
        post(chien, "Deputy Minister of National Defence", "Deputy Minister of National Defence", ministryName,
                "2019-06-04", "2019-06-04");
        post(chien, "Deputy Minister of National Defence", "Vice Minister of Defense", null, "2019-06-05", "2019-06-05");
        post(chien, "Chief of the General Staff", "Chief of General Staff", null, "2015-01-01", "2016-06-30");
        for (String o : List.of(chien, kano, kanoLonger, kojiro, namazu)) {
            post(o, "Member", "member", forumName, "2019-01-01", "2019-01-01");
        }

        Sql.update("insert into organization (id, identity_key, name, kind, country) values (?, ?, ?, 'international_body', null)",
                forum, "INT:" + forum, forumName);
        Sql.update("insert into organization (id, identity_key, name, kind, country) values (?, ?, ?, 'ministry', 'VN')",
                ministry, "VN:" + ministry, ministryName);
        Sql.update("insert into organization_alias (organization_id, alias) values (?, ?), (?, ?)",
                ministry, ministryName, ministry, "M" + w.toUpperCase() + "D");
        int at = a1Text.indexOf(ministryName);
        mention(a1, "organization", ministry, at, at + ministryName.length(), ministryName, null, null);

        event(e1, "consultation", "first " + cap(w) + " Vice-Ministerial Consultation", "2019-06-04", "Tokyo", "JP", "JP", "VN");
        event(e2, "talks", null, "2019-06-04", "Hanoi", "VN", "US", "VN");
        event(e3, "meeting", null, "2019-05-01", null, null, "JP", "VN");
        event(e4, "visit", null, "2018-05-05", "Canberra", "AU", "AU", "VN");
        event(e5, "dialogue", null, null, null, null, "JP", "VN");
        event(e6, "reception", null, null, null, null, "VN");
        for (String e : List.of(e1, e2, e3, e4, e5, e6)) {
            Sql.update("insert into event_participant (event_id, official_id, role) values (?, ?, ?)", e, chien,
                    e.equals(e1) ? "head_of_delegation" : "participant");
        }
        Sql.update("insert into event_participant (event_id, official_id, role) values (?, ?, 'host')", e1, kano);
        Sql.update("insert into event_topic (event_id, topic) values (?, 'search and rescue'), (?, 'training')", e1, e1);
        Sql.update("insert into event_source (event_id, article_id, main) values (?, ?, true), (?, ?, true), (?, ?, false)",
                e1, a1, e1, a2, e4, a1);

        agreement(mou, "memorandum_of_understanding", "cooperation in search and rescue " + w, "2019-06-04",
                "signed_in_this_event", e1, "JP", "VN");
        agreement(loi, "letter_of_intent", "training cooperation " + w, "2019-06-04", "signed_in_this_event", e1, "JP", "VN");
        agreement(old, "agreement", "defence cooperation " + w, "2011-01-01", "referenced", null, "US", "VN");
        Sql.update("insert into agreement_signatory (agreement_id, official_id) values (?, ?)", mou, kano);
        Sql.update("insert into agreement_organization (agreement_id, organization) values (?, ?), (?, ?)",
                mou, "Ministry of Defense (JP)", mou, ministryName + " (VN)");
        Sql.update("insert into agreement_source (agreement_id, article_id, status) values (?, ?, 'signed_in_this_event'),"
                + " (?, ?, 'referenced'), (?, ?, 'signed_in_this_event'), (?, ?, 'referenced')", mou, a1, mou, a2, loi, a1, old, a2);

        // what each article said of the officials, and the spans
        Sql.update("""
                insert into article_official (article_id, official_id, printed_name, titles, rank, role)
                values (?, ?, ?, cast(? as jsonb), 'Senior Lieutenant General', 'head_of_delegation')""", a1, chien,
                chienName, "[{\"canonical\": \"Deputy Minister of National Defence\", \"printed\": \"Deputy Minister "
                        + "of National Defence\", \"organization\": null}]");
        Sql.update("insert into article_official (article_id, official_id, printed_name, titles, role) values (?, ?, ?, '[]', 'host')",
                a1, kano, kanoName);
        int s1 = a1Text.indexOf(sentence1);
        int c1 = a1Text.indexOf(chienName);
        int c2 = a1Text.indexOf("Chiến thanked");
        int k1 = a1Text.indexOf(kanoName);
        mention(a1, "official", kano, k1, k1 + kanoName.length(), kanoName, s1, s1 + sentence1.length());
        mention(a1, "official", chien, c2, c2 + "Chiến".length(), "Chiến", null, null);
        mention(a1, "official", chien, c1, c1 + chienName.length(), chienName, s1, s1 + sentence1.length());
        int d1 = a2Text.indexOf("Hoang Xuan Chien");
        mention(a2, "official", chien, d1, d1 + ("Hoang Xuan Chien Do" + w).length(), "Hoang Xuan Chien Do" + w, null, null);
        int m1 = a1Text.indexOf("a memorandum");
        mention(a1, "event", e1, 0, s1 + sentence1.length(), a1Text.substring(0, s1 + sentence1.length()), s1,
                s1 + sentence1.length());
        mention(a1, "agreement", mou, m1, m1 + "a memorandum of understanding".length(), "a memorandum of understanding",
                null, null);

        resolution("official", chien, a1, "created", "1.0", "{\"nameKey\": \"x\", \"country\": \"VN\"}");
        resolution("official", chien, a2, "matched", "0.8",
                "{\"nameKey\": \"x\", \"country\": \"unknown here; the only official with this full name\"}");
        resolution("event", e1, a1, "created", "1.0", "{\"candidates\": \"none matched\"}");
        resolution("event", e1, a2, "matched", "0.95", "{\"kind\": \"same\", \"date\": \"same day\", \"sharedParticipants\": 1}");
        resolution("agreement", mou, a1, "created", "1.0", "{\"kind\": \"memorandum_of_understanding\"}");
    }

    static String randomWord() {
        Random r = new Random();
        String consonants = "bcdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            b.append(consonants.charAt(r.nextInt(consonants.length()))).append(vowels.charAt(r.nextInt(vowels.length())));
        }
        return b.toString();
    }

    static String cap(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static void article(String id, LocalDate published, String title, String text) {
        Sql.update("insert into article (id, url, title, publisher, published_at, language, text, status, processed_at) "
                        + "values (?, ?, ?, 'Test News', ?, 'en', ?, 'processed', now())",
                id, "https://news.example.org/" + id, title, published, text);
    }

    /** As OfficialResolver writes it: folded ascii name, order-insensitive name key, folded search text. */
    static void official(String id, String name, String country, String rank, String... otherSpellings) {
        String ascii = Fold.fold(name);
        String nameKey = Arrays.stream(ascii.split("[^\\p{L}\\p{N}]+")).filter(t -> !t.isEmpty()).sorted()
                .collect(Collectors.joining("-"));
        String searchText = ascii + Arrays.stream(otherSpellings).map(x -> " | " + Fold.fold(x)).collect(Collectors.joining());
        Sql.update("insert into official (id, identity_key, name, name_key, ascii_name, country, rank, search_text) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", id, country + ":" + nameKey + ":" + id, name, nameKey, ascii, country,
                rank, searchText);
    }

    static void alias(String official, String alias, int times, String first, String last) {
        Sql.update("insert into official_alias (official_id, alias, times_seen, first_seen, last_seen) values (?, ?, ?, ?, ?)",
                official, alias, times, LocalDate.parse(first), LocalDate.parse(last));
    }

    static void post(String official, String title, String printed, String organization, String first, String last) {
        Sql.update("insert into official_post (official_id, title, printed, organization, first_seen, last_seen) "
                + "values (?, ?, ?, ?, ?, ?)", official, title, printed, organization, LocalDate.parse(first),
                LocalDate.parse(last));
    }

    /**
     * parties_key gets a suffix no real party set has: entity-service resolves reported meetings against events with
     * the same parties_key, and must never merge a real report into a fixture event of the shared database.
     */
    static void event(String id, String kind, String name, String date, String city, String host, String... parties) {
        Sql.update("insert into event (id, kind, name, date, date_precision, city, host_country, parties_key) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)", id, kind, name, date == null ? null : LocalDate.parse(date),
                date == null ? null : "DAY", city, host, String.join("-", parties) + "#" + id);
        for (String p : parties) {
            Sql.update("insert into event_party (event_id, country) values (?, ?)", id, p);
        }
    }

    static void agreement(String id, String kind, String subject, String date, String status, String event,
            String... parties) {
        Sql.update("insert into agreement (id, identity_key, kind, subject, subject_key, parties_key, date, date_precision, "
                        + "status, event_id) values (?, ?, ?, ?, ?, ?, ?, 'DAY', ?, ?)", id, kind + ":" + id, kind, subject,
                id, String.join("-", parties) + "#" + id, LocalDate.parse(date), status, event);
        for (String p : parties) {
            Sql.update("insert into agreement_party (agreement_id, country) values (?, ?)", id, p);
        }
    }

    static void mention(String article, String type, String entity, int start, int end, String text, Integer sentenceStart,
            Integer sentenceEnd) {
        Sql.update("insert into mention (article_id, entity_type, entity_id, start_offset, end_offset, text, "
                + "sentence_start, sentence_end) values (?, ?, ?, ?, ?, ?, ?, ?)", article, type, entity, start, end, text,
                sentenceStart, sentenceEnd);
    }

    static void resolution(String type, String entity, String article, String decision, String score, String features) {
        Sql.update("insert into resolution (entity_type, entity_id, article_id, decision, score, features) "
                + "values (?, ?, ?, ?, cast(? as numeric), cast(? as jsonb))", type, entity, article, decision, score, features);
    }
}
