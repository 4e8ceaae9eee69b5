package io.attache.benchmarks.query;

import io.attache.extraction.text.Fold;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The requests of each measured endpoint, drawn from what the store holds (so it works on any store, seeded or not)
 * deterministically from a seed: the HTTP load and the SQL load go through the same list in the same order.
 */
final class Workload {
    enum Endpoint {
        OFFICIALS_Q("officials?q=", "GET /api/v1/officials?q="),
        EVENTS("events?country=&from=", "GET /api/v1/events?country=&from="),
        OFFICIAL_ITEM("officials/{id}", "GET /api/v1/officials/{id}"),
        RELATION("relations/JP/VN", "GET /api/v1/relations/JP/VN");

        final String label;
        final String http;

        Endpoint(String label, String http) {
            this.label = label;
            this.http = http;
        }
    }

    /**
     * One request: its path (with query) under the API root, and the values the SQL equivalent binds.
     *
     * @param q        officials: the search text
     * @param country  events: the party; relation: the first country
     * @param other    relation: the second country
     * @param from     events, relation: lower date bound (may be null for relations)
     * @param to       relation: upper date bound (may be null)
     * @param id       item: the official's id
     */
    record Request(Endpoint endpoint, String path, String q, String country, String other, LocalDate from,
            LocalDate to, String id) {
    }

    private Workload() {
    }

    static List<Request> requests(Connection c, Endpoint endpoint, int count, long seed) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed * 7919 + endpoint.ordinal());
        String salt = Long.toString(seed);
        List<Request> list = switch (endpoint) {
            case OFFICIALS_Q -> officialSearches(c, count, salt, random);
            case EVENTS -> eventLists(c, count, salt, random);
            case OFFICIAL_ITEM -> officialItems(c, count, salt);
            case RELATION -> relations(c, count, random);
        };
        if (list.isEmpty()) {
            throw new IllegalStateException("the store has nothing to draw " + endpoint.label + " requests from: seed it");
        }
        Collections.shuffle(list, new Random(seed + endpoint.ordinal()));
        return list;
    }

    /**
     * Names as people type them: the full name with its diacritics, the name in the other order without them, one
     * word of it, the first letters of a word, or a word and the start of another.
     */
    private static List<Request> officialSearches(Connection c, int count, String salt, SplittableRandom random)
            throws SQLException {
        List<Request> out = new ArrayList<>();
        for (String name : strings(c, "select name from official order by md5(id || ?) limit ?", salt, count)) {
            List<String> words = new ArrayList<>();
            for (String w : name.split("[\\s]+")) {
                if (w.replaceAll("[^\\p{L}]", "").length() >= 2) {
                    words.add(w.replaceAll("[.,]", ""));
                }
            }
            if (words.isEmpty()) {
                continue;
            }
            double r = random.nextDouble();
            String q;
            if (r < 0.30 || words.size() == 1) {
                q = name;
            } else if (r < 0.45) {
                List<String> reversed = new ArrayList<>(words);
                Collections.reverse(reversed);
                q = Dataset.stripDiacritics(String.join(" ", reversed));
            } else if (r < 0.65) {
                q = words.get(random.nextInt(words.size()));
            } else if (r < 0.85) {
                String w = Fold.fold(words.get(random.nextInt(words.size())));
                q = w.substring(0, Math.min(w.length(), 3 + random.nextInt(3)));
            } else {
                int i = random.nextInt(words.size());
                int j = (i + 1 + random.nextInt(words.size() - 1)) % words.size();
                String w = Fold.fold(words.get(j));
                q = words.get(i) + " " + w.substring(0, Math.min(w.length(), 3 + random.nextInt(2)));
            }
            if (SqlEquivalent.terms(q) == null) {
                continue;
            }
            out.add(new Request(Endpoint.OFFICIALS_Q, "officials?q=" + enc(q), q, null, null, null, null, null));
        }
        return out;
    }

    /** A party country drawn as often as it takes part in events; half the lower bounds recent, half anywhere. */
    private static List<Request> eventLists(Connection c, int count, String salt, SplittableRandom random)
            throws SQLException {
        List<Request> out = new ArrayList<>();
        LocalDate first = LocalDate.of(2012, 1, 1), last = LocalDate.of(2025, 12, 31);
        try (PreparedStatement p = c.prepareStatement("select min(date), max(date) from event")) {
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next() && rs.getDate(1) != null) {
                    first = rs.getDate(1).toLocalDate();
                    last = rs.getDate(2).toLocalDate();
                }
            }
        }
        long span = Math.max(1, last.toEpochDay() - first.toEpochDay());
        for (String country : strings(c, "select cast(country as text) from event_party order by md5(event_id || country"
                + " || ?) limit ?", salt, count)) {
            LocalDate from = random.nextBoolean() ? last.minusDays(30 + random.nextInt(730))
                    : first.plusDays(random.nextLong(span));
            out.add(new Request(Endpoint.EVENTS, "events?country=" + country + "&from=" + from, null, country, null,
                    from, null, null));
        }
        return out;
    }

    /**
     * 70 % any official, 30 % an official drawn by how often the articles mention them (the people readers look up
     * are the ones in the news): the popular ones have hundreds of events and sources.
     */
    private static List<Request> officialItems(Connection c, int count, String salt) throws SQLException {
        List<Request> out = new ArrayList<>();
        int popular = count * 3 / 10;
        for (String id : strings(c, "select id from official order by md5(id || ?) limit ?", salt, count - popular)) {
            out.add(item(id));
        }
        for (String id : strings(c, "select entity_id from mention where entity_type = 'official' order by md5(id || ?)"
                + " limit ?", salt, popular)) {
            out.add(item(id));
        }
        return out;
    }

    private static Request item(String id) {
        return new Request(Endpoint.OFFICIAL_ITEM, "officials/" + id, null, null, null, null, null, id);
    }

    /** JP/VN: the whole record in either order (75 %), or since a year, or over a few years. */
    private static List<Request> relations(Connection c, int count, SplittableRandom random) {
        List<Request> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean jpFirst = random.nextDouble() < 0.67;
            String a = jpFirst ? "JP" : "VN", b = jpFirst ? "VN" : "JP";
            double r = random.nextDouble();
            LocalDate from = null, to = null;
            if (r >= 0.75 && r < 0.9) {
                from = LocalDate.of(2012 + random.nextInt(14), 1, 1);
            } else if (r >= 0.9) {
                from = LocalDate.of(2012 + random.nextInt(12), 1, 1);
                to = from.plusYears(2 + random.nextInt(3)).minusDays(1);
            }
            String query = from == null ? "" : "?from=" + from + (to == null ? "" : "&to=" + to);
            out.add(new Request(Endpoint.RELATION, "relations/" + a + "/" + b + query, null, a, b, from, to, null));
        }
        return out;
    }

    private static List<String> strings(Connection c, String sql, String salt, int limit) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, salt);
            p.setInt(2, limit);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String describe(List<Request> requests) {
        long distinct = requests.stream().map(Request::path).distinct().count();
        return String.format(Locale.ROOT, "%d requests (%d distinct), e.g. %s", requests.size(), distinct,
                requests.stream().limit(3).map(Request::path).toList());
    }
}
