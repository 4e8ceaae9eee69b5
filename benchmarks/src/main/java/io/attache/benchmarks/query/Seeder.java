package io.attache.benchmarks.query;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a {@link Dataset} into the store schema (the tables of store-schema's Flyway migrations, as entity-service
 * fills them) with COPY, in one transaction, then VACUUM ANALYZE. Idempotent: a marker row in
 * {@code bench_query_seed} records what was seeded; a second run with the same sizes and seed does nothing, other
 * sizes are refused (seed a fresh stack instead). Articles carry texts in which every mention's offsets and sentence
 * are real, so the evidence sentences of item views read naturally. No change_log rows are written: the relay would
 * publish them all to Kafka.
 */
final class Seeder {
    /** Tables the seeder writes, in foreign-key order. */
    static final List<String> TABLES = List.of("organization", "organization_alias", "official", "official_alias",
            "official_post", "event", "event_party", "event_participant", "event_topic", "agreement", "agreement_party",
            "agreement_organization", "agreement_signatory", "article", "article_country", "article_official",
            "event_source", "agreement_source", "mention", "resolution");
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final int ARTICLE_CHUNK = 5000;

    record Options(String jdbc, String user, String password, long seed, int officials, int events, long mentions,
            double jpVnShare) {
    }

    private final Options options;

    Seeder(Options options) {
        this.options = options;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(options.jdbc(), options.user(), options.password());
    }

    /** @return false when the store already holds this seed */
    boolean seedIfNeeded() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("""
                    create table if not exists bench_query_seed (
                        id int primary key check (id = 1), seed bigint not null, officials int not null,
                        events int not null, mentions bigint not null, jp_vn_share double precision not null,
                        seeded_at timestamptz not null default now(), seconds double precision, summary text)""");
            try (ResultSet rs = s.executeQuery(
                    "select seed, officials, events, mentions, jp_vn_share, seeded_at from bench_query_seed")) {
                if (rs.next()) {
                    boolean same = rs.getLong(1) == options.seed() && rs.getInt(2) == options.officials()
                            && rs.getInt(3) == options.events() && rs.getLong(4) == options.mentions()
                            && Math.abs(rs.getDouble(5) - options.jpVnShare()) < 1e-9;
                    String what = "seed %d: %d officials, %d events, %d mentions, JP-VN share %.4f (%s)".formatted(
                            rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getLong(4), rs.getDouble(5), rs.getObject(6));
                    if (same) {
                        QueryBench.line("store already seeded (%s): not seeding again", what);
                        return false;
                    }
                    throw new IllegalStateException("the store was seeded with other sizes (" + what + "); "
                            + "seed a fresh stack (deploy/attache down --purge, then up) or pass the same sizes");
                }
            }
        }
        seed();
        return true;
    }

    void seed() throws Exception {
        long t0 = System.nanoTime();
        Set<String> officialKeys = new HashSet<>(), agreementKeys = new HashSet<>();
        Map<String, String> orgs = new HashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select identity_key from official")) {
                while (rs.next()) {
                    officialKeys.add(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("select identity_key from agreement")) {
                while (rs.next()) {
                    agreementKeys.add(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("select identity_key, id from organization")) {
                while (rs.next()) {
                    orgs.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        QueryBench.say("Generating the dataset (seed %d: %,d officials, %,d events, %,d mentions)".formatted(
                options.seed(), options.officials(), options.events(), options.mentions()));
        Dataset d = Dataset.generate(options.seed(), options.officials(), options.events(), options.mentions(),
                options.jpVnShare(), officialKeys, agreementKeys, orgs);
        QueryBench.line("generated in %.1f s: %,d officials, %,d organisations, %,d events, %,d agreements, "
                + "%,d articles, %,d mentions", (System.nanoTime() - t0) / 1e9, d.officials.size(),
                d.organizations.size(), d.events.size(), d.agreements.size(), d.articles.size(), d.mentionCount());
        if (d.requiredMentions > options.mentions()) {
            QueryBench.line("note: the articles need at least %,d mentions (one per entity named): more than the %,d "
                    + "asked for", d.requiredMentions, options.mentions());
        }
        QueryBench.say("Writing the store (COPY, one transaction)");
        Map<String, Long> rows = write(d);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            long v0 = System.nanoTime();
            for (String table : TABLES) {
                s.execute("vacuum (analyze) " + table);
            }
            QueryBench.line("vacuum analyze: %.1f s", (System.nanoTime() - v0) / 1e9);
            double seconds = (System.nanoTime() - t0) / 1e9;
            StringBuilder summary = new StringBuilder();
            rows.forEach((table, n) -> summary.append(table).append('=').append(n).append(' '));
            try (PreparedStatement p = c.prepareStatement(
                    "update bench_query_seed set seconds = ?, summary = ? where id = 1")) {
                p.setDouble(1, seconds);
                p.setString(2, summary.toString().trim());
                p.executeUpdate();
            }
            QueryBench.line("seeded in %.0f s", seconds);
        }
        printSummary(d);
    }

    private Map<String, Long> write(Dataset d) throws Exception {
        Map<String, Copy> copies = new LinkedHashMap<>();
        copies.put("organization", new Copy("organization", "id, identity_key, name, kind, country"));
        copies.put("organization_alias", new Copy("organization_alias", "organization_id, alias"));
        copies.put("official", new Copy("official",
                "id, identity_key, name, name_key, ascii_name, country, rank, search_text, created_at, updated_at"));
        copies.put("official_alias", new Copy("official_alias",
                "official_id, alias, times_seen, first_seen, last_seen"));
        copies.put("official_post", new Copy("official_post",
                "official_id, title, printed, organization, first_seen, last_seen"));
        copies.put("event", new Copy("event", "id, kind, name, ordinal, date, date_precision, city, host_country, "
                + "parties_key, created_at, updated_at"));
        copies.put("event_party", new Copy("event_party", "event_id, country"));
        copies.put("event_participant", new Copy("event_participant", "event_id, official_id, role"));
        copies.put("event_topic", new Copy("event_topic", "event_id, topic"));
        copies.put("agreement", new Copy("agreement", "id, identity_key, kind, subject, subject_key, parties_key, date, "
                + "date_precision, status, event_id, created_at, updated_at"));
        copies.put("agreement_party", new Copy("agreement_party", "agreement_id, country"));
        copies.put("agreement_organization", new Copy("agreement_organization", "agreement_id, organization"));
        copies.put("agreement_signatory", new Copy("agreement_signatory", "agreement_id, official_id"));
        copies.put("article", new Copy("article", "id, url, title, publisher, published_at, language, text, status, "
                + "queued, received_at, processed_at"));
        copies.put("article_country", new Copy("article_country", "article_id, country"));
        copies.put("article_official", new Copy("article_official",
                "article_id, official_id, printed_name, titles, rank, role"));
        copies.put("event_source", new Copy("event_source", "event_id, article_id, main"));
        copies.put("agreement_source", new Copy("agreement_source", "agreement_id, article_id, status"));
        copies.put("mention", new Copy("mention", "article_id, entity_type, entity_id, start_offset, end_offset, text, "
                + "sentence_start, sentence_end"));
        copies.put("resolution", new Copy("resolution",
                "entity_type, entity_id, article_id, decision, score, features, created_at"));

        long t0 = System.nanoTime();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("set local synchronous_commit = off");
            entities(d, copies);
            for (String table : List.of("organization", "organization_alias", "official", "official_alias",
                    "official_post", "event", "event_party", "event_participant", "event_topic", "agreement",
                    "agreement_party", "agreement_organization", "agreement_signatory")) {
                Copy copy = copies.get(table);
                long t = System.nanoTime();
                copy.flush(c);
                QueryBench.line("%-22s %,10d rows  %5.1f s", table, copy.total(), (System.nanoTime() - t) / 1e9);
            }
            ArticleText texts = new ArticleText(d);
            List<String> articleTables = List.of("article", "article_country", "article_official", "event_source",
                    "agreement_source", "mention", "resolution");
            long ta = System.nanoTime();
            for (int from = 0; from < d.articles.size(); from += ARTICLE_CHUNK) {
                int to = Math.min(d.articles.size(), from + ARTICLE_CHUNK);
                for (int i = from; i < to; i++) {
                    article(d, d.articles.get(i), texts, copies);
                }
                for (String table : articleTables) {
                    copies.get(table).flush(c);
                }
                double seconds = (System.nanoTime() - ta) / 1e9;
                System.out.printf(Locale.ROOT, "    articles %,d/%,d  mentions %,d  (%.0f s, %,.0f articles/s)%n", to,
                        d.articles.size(), copies.get("mention").total(), seconds, to / seconds);
            }
            for (String table : articleTables) {
                QueryBench.line("%-22s %,10d rows", table, copies.get(table).total());
            }
            try (PreparedStatement p = c.prepareStatement("insert into bench_query_seed (id, seed, officials, events, "
                    + "mentions, jp_vn_share) values (1, ?, ?, ?, ?, ?)")) {
                p.setLong(1, options.seed());
                p.setInt(2, options.officials());
                p.setInt(3, options.events());
                p.setLong(4, options.mentions());
                p.setDouble(5, options.jpVnShare());
                p.executeUpdate();
            }
            long tc = System.nanoTime();
            c.commit();
            QueryBench.line("written in %.0f s (commit %.1f s)", (System.nanoTime() - t0) / 1e9,
                    (System.nanoTime() - tc) / 1e9);
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        copies.forEach((table, copy) -> rows.put(table, copy.total()));
        return rows;
    }

    private static String day(int epochDay) {
        return epochDay == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(epochDay).toString();
    }

    private static String at(int epochDay, int hour) {
        if (epochDay == Integer.MAX_VALUE || epochDay == Integer.MIN_VALUE) {
            return "2025-12-31 12:00:00+00";
        }
        return LocalDate.ofEpochDay(epochDay).atTime(hour, 0).atOffset(ZoneOffset.UTC).toString();
    }

    private void entities(Dataset d, Map<String, Copy> copies) {
        for (Dataset.Org o : d.organizations) {
            if (o.existing) {
                continue;
            }
            copies.get("organization").add(o.id).add(o.identityKey).add(o.name).add(o.kind).add(o.country).row();
            if (o.abbreviation != null && o.abbreviation.length() >= 2 && !o.abbreviation.equals(o.name)) {
                copies.get("organization_alias").add(o.id).add(o.abbreviation).row();
            }
        }
        for (Dataset.Official o : d.officials) {
            copies.get("official").add(o.id).add(o.identityKey).add(o.display).add(o.nameKey).add(o.ascii)
                    .add(o.country).add(o.rank).add(o.searchText).add(at(o.firstDay, 10)).add(at(o.firstDay, 10)).row();
            o.aliases.forEach((alias, seen) -> copies.get("official_alias").add(o.id).add(alias).add(seen.times)
                    .add(day(seen.first)).add(day(seen.last)).row());
            o.posts.forEach((key, seen) -> {
                String[] parts = key.split("\u001f", 2);
                copies.get("official_post").add(o.id).add(parts[0]).add(parts[1]).add(seen.organization)
                        .add(day(seen.first)).add(day(seen.last)).row();
            });
        }
        for (Dataset.Event e : d.events) {
            copies.get("event").add(e.id).add(e.kind).add(e.name).add(e.ordinal).add(day(e.day)).add(e.precision)
                    .add(e.city).add(e.host).add(e.partiesKey()).add(at(e.firstDay, 11)).add(at(e.firstDay, 11)).row();
            for (String p : e.parties) {
                copies.get("event_party").add(e.id).add(p).row();
            }
            for (int i = 0; i < e.participants.size(); i++) {
                copies.get("event_participant").add(e.id).add(d.officials.get(e.participants.get(i)).id)
                        .add(e.roles.get(i)).row();
            }
            for (String t : e.topics) {
                copies.get("event_topic").add(e.id).add(t).row();
            }
        }
        for (Dataset.Agreement a : d.agreements) {
            copies.get("agreement").add(a.id).add(a.identityKey).add(a.kind).add(a.subject).add(a.subjectKey)
                    .add(String.join("-", a.parties)).add(day(a.day)).add(a.precision).add(a.status)
                    .add(a.event < 0 ? null : d.events.get(a.event).id).add(at(a.firstDay, 11)).add(at(a.firstDay, 11))
                    .row();
            for (String p : a.parties) {
                copies.get("agreement_party").add(a.id).add(p).row();
            }
            for (String o : a.organizations) {
                copies.get("agreement_organization").add(a.id).add(o).row();
            }
            for (int o : a.signatories) {
                copies.get("agreement_signatory").add(a.id).add(d.officials.get(o).id).row();
            }
        }
    }

    private void article(Dataset d, Dataset.Article a, ArticleText texts, Map<String, Copy> copies) {
        ArticleText.Written w = texts.write(a);
        copies.get("article").add(a.id).add(a.url).add(a.title).add(a.publisher).add(day(a.day)).add(a.language)
                .add(w.text()).add("processed").add("true").add(at(a.day, 8)).add(at(a.day, 8)).row();
        for (String c : a.countries) {
            copies.get("article_country").add(a.id).add(c).row();
        }
        Copy resolution = copies.get("resolution");
        for (int i = 0; i < a.officials.size(); i++) {
            Dataset.Official o = d.officials.get(a.officials.get(i));
            Dataset.Held post = a.officialPosts.get(i);
            String titles = "[{\"canonical\": " + json(post.canonical()) + ", \"printed\": "
                    + json(a.officialWording.get(i)) + ", \"organization\": " + json(post.organization()) + "}]";
            copies.get("article_official").add(a.id).add(o.id).add(a.officialPrinted.get(i)).add(titles).add(o.rank)
                    .add(a.officialRoles.get(i)).row();
            boolean created = o.firstArticle == a.index;
            resolution.add("official").add(o.id).add(a.id).add(created ? "created" : "matched").add("1.000")
                    .add("{\"country\": " + json(o.country) + ", \"nameKey\": " + json(o.nameKey) + "}")
                    .add(at(a.day, 9)).row();
        }
        Dataset.Event main = d.events.get(a.mainEvent);
        copies.get("event_source").add(main.id).add(a.id).add("true").row();
        eventResolution(main, a, resolution, a.officials.size());
        if (a.referencedEvent >= 0) {
            Dataset.Event old = d.events.get(a.referencedEvent);
            copies.get("event_source").add(old.id).add(a.id).add("false").row();
            eventResolution(old, a, resolution, 0);
        }
        for (int i = 0; i < a.agreements.size(); i++) {
            Dataset.Agreement g = d.agreements.get(a.agreements.get(i));
            copies.get("agreement_source").add(g.id).add(a.id).add(a.agreementStatuses.get(i)).row();
            resolution.add("agreement").add(g.id).add(a.id).add(g.firstArticle == a.index ? "created" : "matched")
                    .add("1.000").add("{\"kind\": " + json(g.kind) + ", \"parties\": " + json(String.join("-", g.parties))
                            + ", \"subjectKey\": " + json(g.subjectKey) + "}").add(at(a.day, 9)).row();
        }
        Copy mention = copies.get("mention");
        for (ArticleText.Span m : w.mentions()) {
            mention.add(a.id).add(m.type()).add(m.entityId()).add(m.start()).add(m.end()).add(m.text())
                    .add(m.sentenceStart()).add(m.sentenceEnd()).row();
        }
    }

    private static void eventResolution(Dataset.Event e, Dataset.Article a, Copy resolution, int shared) {
        boolean created = e.firstArticle == a.index;
        String features = created ? "{\"candidates\": \"none matched\"}"
                : "{\"kind\": \"same\", \"date\": \"" + (a.day - e.day <= 0 ? "same day" : "one day apart")
                        + "\", \"city\": \"" + (e.city == null ? "unknown on one side" : "same")
                        + "\", \"sharedParticipants\": " + shared + ", \"score\": " + (shared > 0 ? "1.05" : "0.9") + "}";
        resolution.add("event").add(e.id).add(a.id).add(created ? "created" : "matched")
                .add(created ? "1.000" : shared > 0 ? "1.050" : "0.900").add(features).add(at(a.day, 9)).row();
    }

    static String json(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private void printSummary(Dataset d) throws SQLException {
        QueryBench.say("Store after seeding");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    QueryBench.line("%-22s %,12d rows", table, rs.getLong(1));
                }
            }
            try (ResultSet rs = s.executeQuery("""
                    select (select count(*) from event e where exists (select 1 from event_party p where p.event_id = e.id
                              and p.country = 'JP') and exists (select 1 from event_party p where p.event_id = e.id
                              and p.country = 'VN')),
                           (select count(*) from agreement a where exists (select 1 from agreement_party p
                              where p.agreement_id = a.id and p.country = 'JP') and exists (select 1 from agreement_party p
                              where p.agreement_id = a.id and p.country = 'VN')),
                           (select count(*) from event)""")) {
                rs.next();
                QueryBench.line("JP-VN: %,d events (%.2f %% of %,d), %,d agreements", rs.getLong(1),
                        100.0 * rs.getLong(1) / Math.max(1, rs.getLong(3)), rs.getLong(3), rs.getLong(2));
            }
            try (ResultSet rs = s.executeQuery("""
                    select max(n), percentile_disc(0.5) within group (order by n), percentile_disc(0.99) within group
                    (order by n) from (select count(*) n from mention where entity_type = 'official' group by entity_id) x""")) {
                rs.next();
                QueryBench.line("mentions per official: median %d, p99 %d, max %d", rs.getLong(2), rs.getLong(3),
                        rs.getLong(1));
            }
        }
    }

    /** For tests and --dry-run: the dataset alone, without a database. */
    static Dataset generateOnly(Options o) {
        return Dataset.generate(o.seed(), o.officials(), o.events(), o.mentions(), o.jpVnShare());
    }

    static final class ArticleText {
        record Span(String type, String entityId, int start, int end, String text, int sentenceStart,
                int sentenceEnd) {
        }

        record Written(String text, List<Span> mentions) {
        }

        private final Dataset d;

        ArticleText(Dataset d) {
            this.d = d;
        }

        /**
         * The text of an article: a dateline sentence naming the main event, one sentence per official (full printed
         * name, rank, post), one per agreement, the recalled meeting, then the optional mentions (short names,
         * organisations, countries, the event again) shuffled among sentences about the topics. Deterministic per
         * article (its own random stream).
         */
        Written write(Dataset.Article a) {
            SplittableRandom r = new SplittableRandom(d.seed * 31 + a.index);
            StringBuilder text = new StringBuilder(1600);
            List<Span> spans = new ArrayList<>();
            Dataset.Event e = d.events.get(a.mainEvent);
            String city = e.city == null ? null : e.city;
            String dateline = (city == null ? World.BY_CODE.get(e.parties[0]).capital() : city).toUpperCase(Locale.ROOT)
                    + " – ";
            String parties = partiesPhrase(e);
            String when = e.dated() ? " on " + SPOKEN.format(LocalDate.ofEpochDay(e.day)) : "";
            sentence(text, spans, dateline + parties + (e.parties.length == 1 ? " hosted " : " held "), eventPhrase(e),
                    (city == null ? "" : " in " + city) + when + ".", "event", e.id);
            for (int i = 0; i < a.officials.size(); i++) {
                Dataset.Official o = d.officials.get(a.officials.get(i));
                String rank = o.rank == null ? "" : o.rank + " ";
                String post = a.officialWording.get(i);
                String role = a.officialRoles.get(i);
                String after = ", " + post + ", " + switch (role == null ? "" : role) {
                    case "host" -> "hosted the delegation.";
                    case "head_of_delegation" -> "led the " + World.BY_CODE.get(o.country).adjective() + " delegation.";
                    case "participant" -> "also attended.";
                    default -> "told reporters the talks had been productive.";
                };
                sentence(text, spans, i == 0 ? "" : pick(r, "Present were ", "According to the statement, ", ""),
                        rank + a.officialPrinted.get(i), after, "official", o.id);
            }
            for (int i = 0; i < a.agreements.size(); i++) {
                Dataset.Agreement g = d.agreements.get(a.agreements.get(i));
                String phrase = label(g) + " on " + g.subject;
                switch (a.agreementStatuses.get(i)) {
                    case "planned" -> sentence(text, spans, "The two sides agreed to conclude ", phrase, " soon.",
                            "agreement", g.id);
                    case "referenced" -> sentence(text, spans, "Both sides recalled ", phrase,
                            g.day == Integer.MIN_VALUE ? " signed earlier." : " signed in "
                                    + LocalDate.ofEpochDay(g.day).getYear() + ".", "agreement", g.id);
                    default -> sentence(text, spans, "The two sides signed ", phrase, ".", "agreement", g.id);
                }
            }
            if (a.referencedEvent >= 0) {
                Dataset.Event old = d.events.get(a.referencedEvent);
                sentence(text, spans, "It followed ", eventPhrase(old), old.dated() ? " held in "
                        + LocalDate.ofEpochDay(old.day).getYear() + "." : " held earlier.", "event", old.id);
            }
            List<Runnable> optional = new ArrayList<>();
            for (int i = 0; i < a.officials.size(); i++) {
                Dataset.Official o = d.officials.get(a.officials.get(i));
                for (int k = 0; k < a.officialRepeats[i]; k++) {
                    String topic = pick(r, World.TOPICS);
                    optional.add(() -> sentence(text, spans, "", o.shortName, " stressed the importance of " + topic
                            + ".", "official", o.id));
                }
            }
            for (int k = 0; k < a.eventRepeats; k++) {
                String topic = pick(r, World.TOPICS);
                String noun = e.kind.equals("phone_call") ? "the phone call" : "the " + e.kind.replace('_', ' ');
                optional.add(() -> sentence(text, spans, "During ", noun, ", both sides discussed " + topic + ".",
                        "event", e.id));
            }
            for (int k = 0; k < a.orgMentions; k++) {
                Dataset.Org g = d.organizations.get(a.orgs.get(r.nextInt(a.orgs.size())));
                String name = g.abbreviation != null && r.nextDouble() < 0.3 ? g.abbreviation : "the " + g.name;
                String topic = pick(r, World.TOPICS);
                optional.add(() -> sentence(text, spans, "A statement from ", name, " said cooperation in " + topic
                        + " would be stepped up.", "organization", g.id));
            }
            for (int k = 0; k < a.countryMentions; k++) {
                String code = a.countries.get(r.nextInt(a.countries.size()));
                String topic = pick(r, World.TOPICS);
                optional.add(() -> sentence(text, spans, "Cooperation with ", World.BY_CODE.get(code).name(), " in "
                        + topic + " has grown steadily.", "country", code));
            }
            int fillers = 1 + r.nextInt(3);
            for (int k = 0; k < fillers; k++) {
                String t1 = pick(r, World.TOPICS), t2 = pick(r, World.TOPICS);
                optional.add(() -> sentence(text, spans, "The two sides also exchanged views on " + t1 + " and " + t2
                        + ".", null, null, null, null));
            }
            Collections.shuffle(optional, new java.util.Random(r.nextLong()));
            optional.forEach(Runnable::run);
            return new Written(text.toString().trim(), spans);
        }

        private static void sentence(StringBuilder text, List<Span> spans, String before, String mention, String after,
                String type, String entityId) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int s = text.length();
            text.append(before);
            int ms = text.length();
            if (mention != null) {
                text.append(mention);
            }
            int me = text.length();
            if (after != null) {
                text.append(after);
            }
            int end = text.length();
            if (type != null) {
                spans.add(new Span(type, entityId, ms, me, mention, s, end));
            }
        }

        private static String partiesPhrase(Dataset.Event e) {
            if (e.parties.length == 1) {
                return Dataset.cap(World.BY_CODE.get(e.parties[0]).name());
            }
            if (e.parties.length == 2) {
                return Dataset.cap(World.BY_CODE.get(e.parties[0]).name()) + " and " + World.BY_CODE.get(e.parties[1]).name();
            }
            return "Delegations from " + e.parties.length + " countries";
        }

        private static String eventPhrase(Dataset.Event e) {
            if (e.name != null) {
                return "the " + (e.ordinal == null ? "" : ordinal(e.ordinal) + " ") + e.name;
            }
            for (World.Kind k : World.EVENT_KINDS) {
                if (k.code().equals(e.kind)) {
                    return k.noun();
                }
            }
            return e.kind;
        }

        private static String label(Dataset.Agreement g) {
            for (World.AgreementKind k : World.AGREEMENT_KINDS) {
                if (k.code().equals(g.kind)) {
                    return k.label();
                }
            }
            return "a document";
        }

        static String ordinal(int n) {
            String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
                    : switch (n % 10) {
                        case 1 -> "st";
                        case 2 -> "nd";
                        case 3 -> "rd";
                        default -> "th";
                    };
            return n + suffix;
        }

        private static String pick(SplittableRandom r, String... values) {
            return values[r.nextInt(values.length)];
        }
    }
}
