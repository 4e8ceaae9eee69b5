package io.attache.benchmarks.query;

import io.attache.extraction.names.NameParser;
import io.attache.extraction.text.Fold;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The synthetic store in memory, before it is written: officials (names in their culture's order, with diacritics,
 * printed variants, careers of posts), organisations, events (parties, kind, date, city, participants, topics),
 * agreements, and the articles that report them, with which entity each article names and how often. Everything is
 * drawn from one {@link SplittableRandom} in a fixed order, so the same seed and sizes give the same store.
 *
 * <p>Shape (defaults: 100k officials, 50k events, 1M mentions): ~1.85 articles per event; an article names the
 * participants of its event it reports (prominent officials of a country take part in many more events than the rest),
 * its agreements, and — to reach exactly the requested number of mentions — repeated short names, organisations and
 * countries. JP–VN gets about {@code jpVnShare} of all events as bilateral meetings plus the multilateral ones both
 * attend.
 */
final class Dataset {
    static final LocalDate FIRST_DAY = LocalDate.of(2012, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    final long seed;
    final int officialCount;
    final int eventCount;
    final long mentionTarget;
    final double jpVnShare;
    final SplittableRandom random;

    final List<Official> officials = new ArrayList<>();
    final List<Org> organizations = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    final List<Agreement> agreements = new ArrayList<>();
    final List<Article> articles = new ArrayList<>();
    /** official indices per country, in "prominence" order (index 0 = most prominent) */
    final Map<String, int[]> officialsByCountry = new LinkedHashMap<>();
    final Map<String, List<Integer>> orgsByCountry = new HashMap<>();
    final Set<String> takenOfficialKeys;
    final Set<String> takenAgreementKeys;
    final Map<String, String> existingOrganizations;
    long requiredMentions;
    final Map<String, Double> timings = new LinkedHashMap<>();

    // ================================================================================================= model

    static final class Official {
        int index;
        String id, identityKey, country, display, ascii, nameKey, shortName, rank, searchText;
        World.Culture culture;
        /** printed variants of the full name (the display form first) */
        List<String> printed = new ArrayList<>();
        List<Held> career = new ArrayList<>();
        /** alias → stats, filled while articles are drawn */
        Map<String, Seen> aliases = new LinkedHashMap<>();
        /** "canonical\u001fprinted" → stats and organisation */
        Map<String, Seen> posts = new LinkedHashMap<>();
        int articleCount;
        int firstArticle = -1;
        int firstDay = Integer.MAX_VALUE;
    }

    /** A post held from one day to another (epoch days). */
    record Held(String canonical, String[] printed, String organization, int from, int to) {
    }

    static final class Seen {
        int times;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        String organization;

        void add(int day) {
            times++;
            first = Math.min(first, day);
            last = Math.max(last, day);
        }
    }

    static final class Org {
        int index;
        String id, identityKey, name, kind, country, abbreviation;
        boolean existing;
    }

    static final class Event {
        int index;
        String id, kind, name, city, host, precision;
        Integer ordinal;
        int day; // epoch day; Integer.MIN_VALUE = undated
        String[] parties;
        List<Integer> participants = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        List<Integer> agreements = new ArrayList<>();
        List<Integer> articles = new ArrayList<>();
        int firstArticle = -1;
        int firstDay = Integer.MAX_VALUE;

        String partiesKey() {
            return String.join("-", parties);
        }

        boolean dated() {
            return day != Integer.MIN_VALUE;
        }
    }

    static final class Agreement {
        int index;
        String id, identityKey, kind, subject, subjectKey, status, precision;
        String[] parties;
        int day;
        int event = -1;
        List<Integer> signatories = new ArrayList<>();
        List<String> organizations = new ArrayList<>();
        int firstArticle = -1;
        int firstDay = Integer.MAX_VALUE;
    }

    /** One article and what it names; mention counts beyond one per entity are the optional ones. */
    static final class Article {
        int index;
        String id, url, title, publisher, language, city;
        int day;
        int mainEvent;
        int referencedEvent = -1;
        List<Integer> officials = new ArrayList<>();
        List<String> officialRoles = new ArrayList<>();
        List<String> officialPrinted = new ArrayList<>();
        List<Held> officialPosts = new ArrayList<>();
        /** the wording of the post this article prints */
        List<String> officialWording = new ArrayList<>();
        List<Integer> agreements = new ArrayList<>();
        List<String> agreementStatuses = new ArrayList<>();
        List<Integer> orgs = new ArrayList<>();
        List<String> countries = new ArrayList<>();
        /** optional mentions: repeats of officials (short names), of the main event, organisation and country mentions */
        int[] officialRepeats;
        int eventRepeats, orgMentions, countryMentions;
    }

    // ================================================================================================= generation

    Dataset(long seed, int officialCount, int eventCount, long mentionTarget, double jpVnShare,
            Set<String> takenOfficialKeys, Set<String> takenAgreementKeys, Map<String, String> existingOrganizations) {
        this.seed = seed;
        this.officialCount = officialCount;
        this.eventCount = eventCount;
        this.mentionTarget = mentionTarget;
        this.jpVnShare = jpVnShare;
        this.random = new SplittableRandom(seed);
        this.takenOfficialKeys = new HashSet<>(takenOfficialKeys);
        this.takenAgreementKeys = new HashSet<>(takenAgreementKeys);
        this.existingOrganizations = existingOrganizations;
    }

    static Dataset generate(long seed, int officials, int events, long mentions, double jpVnShare) {
        return generate(seed, officials, events, mentions, jpVnShare, Set.of(), Set.of(), Map.of());
    }

    static Dataset generate(long seed, int officials, int events, long mentions, double jpVnShare,
            Set<String> takenOfficialKeys, Set<String> takenAgreementKeys, Map<String, String> existingOrganizations) {
        Dataset d = new Dataset(seed, officials, events, mentions, jpVnShare, takenOfficialKeys, takenAgreementKeys,
                existingOrganizations);
        long t = System.nanoTime();
        d.organizations();
        d.officials();
        d.timings.put("officials", (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        d.events();
        d.timings.put("events", (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        d.articles();
        d.timings.put("articles", (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        d.mentions();
        d.timings.put("mentions", (System.nanoTime() - t) / 1e9);
        return d;
    }

    private void organizations() {
        for (World.Country c : World.COUNTRIES) {
            List<Integer> list = new ArrayList<>();
            for (String name : c.organizations()) {
                list.add(org(name, World.organizationKind(name), c.code(), World.abbreviation(name)));
            }
            orgsByCountry.put(c.code(), list);
        }
        List<Integer> international = new ArrayList<>();
        for (World.Organization o : World.INTERNATIONAL) {
            international.add(org(o.name(), o.kind(), null, o.abbreviation()));
        }
        orgsByCountry.put("INT", international);
    }

    private int org(String name, String kind, String country, String abbreviation) {
        Org o = new Org();
        o.index = organizations.size();
        o.identityKey = (country == null ? "INT" : country) + ":" + Fold.fold(name);
        o.id = existingOrganizations.getOrDefault(o.identityKey, ids("org", o.identityKey, 20));
        o.existing = existingOrganizations.containsKey(o.identityKey);
        o.name = name;
        o.kind = kind;
        o.country = country;
        o.abbreviation = abbreviation;
        organizations.add(o);
        return o.index;
    }

    /** Officials per country: in proportion to how much news the country makes. */
    private void officials() {
        List<World.Country> countries = World.COUNTRIES;
        double total = countries.stream().mapToDouble(World.Country::weight).sum();
        int assigned = 0;
        for (int ci = 0; ci < countries.size(); ci++) {
            World.Country c = countries.get(ci);
            int n = ci == countries.size() - 1 ? officialCount - assigned
                    : (int) Math.round(officialCount * c.weight() / total);
            n = Math.max(0, Math.min(n, officialCount - assigned));
            int[] indices = new int[n];
            for (int k = 0; k < n; k++) {
                indices[k] = official(c);
            }
            assigned += n;
            officialsByCountry.put(c.code(), indices);
        }
    }

    /** How many distinct names a culture's pools form. */
    static double capacity(World.Culture cu) {
        double n = (double) cu.family().length * cu.given().length;
        if (cu.middle().length > 0) {
            n *= 1 + cu.middle().length * cu.middleShare();
        }
        if (cu.order() == World.Order.SINGLE) {
            n += cu.given().length;
        }
        return n;
    }

    private int official(World.Country c) {
        World.Culture cu = c.culture();
        for (int attempt = 0; ; attempt++) {
            String family = pick(cu.family());
            String given = pick(cu.given());
            String middle = cu.middle().length > 0 && random.nextDouble() < cu.middleShare() ? pick(cu.middle()) : null;
            if (attempt >= 8) { // a crowded name space (small cultures): a second given name, as many people have
                String second = pick(cu.given());
                if (second.equals(given)) {
                    continue;
                }
                given = cu.order() == World.Order.FAMILY_FIRST && cu != World.VIETNAMESE ? given + second.toLowerCase(
                        Locale.ROOT) : given + " " + second;
            }
            if (attempt >= 40) {
                given = given + " " + pick(cu.given());
            }
            List<String> units = new ArrayList<>();
            String display;
            switch (cu.order()) {
                case FAMILY_FIRST -> {
                    // Vietnamese: family, middle, given ("Hoàng Xuân Chiến"); the store shows East Asian names the same
                    // way ("Kano Koji"), printed variants put them in either order
                    display = family + (middle == null ? "" : " " + middle) + " " + given;
                }
                case SINGLE -> display = attempt < 10 && random.nextDouble() < 0.3 ? given : given + " " + family;
                default -> display = given + (middle == null ? "" : " " + middle) + " " + family;
            }
            units.addAll(Arrays.asList(display.split(" ")));
            String nameKey = NameParser.key(units);
            String identityKey = c.code() + ":" + nameKey;
            if (nameKey.isEmpty() || !takenOfficialKeys.add(identityKey)) {
                continue;
            }
            Official o = new Official();
            o.index = officials.size();
            o.culture = cu;
            o.country = c.code();
            o.display = display;
            o.ascii = Fold.fold(display);
            o.nameKey = nameKey;
            o.identityKey = identityKey;
            o.id = ids("off", identityKey, 20);
            o.shortName = switch (cu.order()) {
                case FAMILY_FIRST -> cu == World.VIETNAMESE ? given : family;
                case SINGLE -> display.split(" ")[0];
                default -> family;
            };
            o.printed.add(display);
            String plain = stripDiacritics(display);
            if (!plain.equals(display)) {
                o.printed.add(plain);
            }
            if (cu == World.JAPANESE || cu == World.CHINESE || cu == World.KOREAN) {
                o.printed.add(family.toUpperCase(Locale.ROOT) + " " + given);       // "KANO Koji"
                o.printed.add(given + " " + family);                                // "Koji Kano"
                if (!plain.equals(display)) {
                    o.printed.add(stripDiacritics(given + " " + family));           // "Taro Kono"
                }
                if (cu == World.KOREAN) {
                    o.printed.add(family + " " + given.replace('-', ' '));          // "Kim Jae Myung"
                }
            }
            String folded = Fold.fold(display);
            StringBuilder search = new StringBuilder(folded);
            for (String p : o.printed) {
                String f = Fold.fold(p);
                if (search.indexOf(f) < 0) {
                    search.append(" | ").append(f);
                }
            }
            o.searchText = search.toString();
            career(o, c);
            officials.add(o);
            return o.index;
        }
    }

    private void career(Official o, World.Country c) {
        int first = (int) FIRST_DAY.toEpochDay(), last = (int) LAST_DAY.toEpochDay();
        int start = first - 4 * 365 + random.nextInt(last - first + 4 * 365 - 200);
        int posts = 1 + (random.nextDouble() < 0.45 ? 1 : 0) + (random.nextDouble() < 0.2 ? 1 : 0);
        boolean military = false;
        for (int p = 0; p < posts; p++) {
            World.Post post = weighted(World.POSTS, World.Post::weight);
            int length = 365 * 2 + random.nextInt(365 * 5);
            String canonical = post.canonical();
            String[] printed = post.printed();
            if (canonical.equals("Ambassador")) {
                String to;
                do {
                    to = pick(World.COUNTRIES.toArray(World.Country[]::new)).name();
                } while (to.equals(c.name()));
                String destination = to.startsWith("the ") ? to.substring(4) : to;
                canonical = "Ambassador to " + destination;
                printed = new String[] {"Ambassador to " + to, c.adjective() + " Ambassador to " + to};
            }
            o.career.add(new Held(canonical, printed, organizationFor(c.code(), post.organizationWord()), start,
                    start + length));
            start += length + random.nextInt(120);
            military |= post.military();
        }
        if (military && random.nextDouble() < 0.8) {
            o.rank = pick(World.RANKS);
        }
    }

    private String organizationFor(String country, String word) {
        for (int i : orgsByCountry.get(country)) {
            if (organizations.get(i).name.contains(word)) {
                return organizations.get(i).name;
            }
        }
        return word.equals("Prime") || random.nextDouble() < 0.3 ? null
                : organizations.get(orgsByCountry.get(country).get(0)).name;
    }

    // ------------------------------------------------------------------------------------------------ events

    private void events() {
        int first = (int) FIRST_DAY.toEpochDay();
        int years = LAST_DAY.getYear() - FIRST_DAY.getYear() + 1;
        Map<String, Integer> seriesCount = new HashMap<>();
        for (int i = 0; i < eventCount; i++) {
            Event e = new Event();
            e.index = i;
            e.id = ids("evt", "bench:" + seed + ":event:" + i, 20);
            double r = random.nextDouble();
            List<String> parties = new ArrayList<>();
            if (r < jpVnShare) {
                parties.add("JP");
                parties.add("VN");
            } else if (r < jpVnShare + 0.02) { // multilateral: ASEAN-centred, some partners
                int members = 3 + random.nextInt(6);
                Set<String> set = new LinkedHashSet<>();
                while (set.size() < members) {
                    set.add(random.nextDouble() < 0.6 ? pick(World.ASEAN.toArray(String[]::new)) : country());
                }
                parties.addAll(set);
            } else if (r < jpVnShare + 0.10) { // one party: a domestic reception, hearing or press conference
                parties.add(country());
            } else {
                String a = country(), b;
                do {
                    b = country();
                } while (b.equals(a) || (a.equals("JP") && b.equals("VN")) || (a.equals("VN") && b.equals("JP")));
                parties.add(a);
                parties.add(b);
            }
            parties.sort(null);
            e.parties = parties.toArray(String[]::new);
            World.Kind kind = parties.size() > 2 ? (random.nextDouble() < 0.5 ? World.EVENT_KINDS.get(8)
                    : World.EVENT_KINDS.get(9)) : weighted(World.EVENT_KINDS, World.Kind::weight);
            if (parties.size() == 1 && (kind.code().equals("phone_call") || kind.code().equals("summit"))) {
                kind = World.EVENT_KINDS.get(5);
            }
            e.kind = kind.code();
            String[] series = World.SERIES.get(e.kind);
            if (series != null && random.nextDouble() < 0.6) {
                e.name = pick(series);
                String seriesKey = e.partiesKey() + ":" + e.name;
                int n = seriesCount.merge(seriesKey, 1, Integer::sum);
                if (!e.name.startsWith("ASEAN") && !e.name.contains("Summit")) {
                    e.ordinal = n;
                }
            }
            // news volume grows over the years: year y weighs 1 + y / years
            int year;
            do {
                year = random.nextInt(years);
            } while (random.nextDouble() * 2 > 1 + year / (double) years);
            LocalDate day = LocalDate.of(FIRST_DAY.getYear() + year, 1, 1).plusDays(random.nextInt(365));
            double p = random.nextDouble();
            if (p < 0.01) {
                e.day = Integer.MIN_VALUE;
            } else {
                e.day = (int) day.toEpochDay();
                e.precision = p < 0.9 ? "DAY" : p < 0.98 ? "MONTH" : "YEAR";
                if (e.precision.equals("MONTH")) {
                    e.day = (int) day.withDayOfMonth(1).toEpochDay();
                } else if (e.precision.equals("YEAR")) {
                    e.day = (int) day.withDayOfYear(1).toEpochDay();
                }
            }
            e.host = e.kind.equals("phone_call") ? null : pick(e.parties);
            e.city = e.host == null || random.nextDouble() < 0.1 ? null : pick(World.BY_CODE.get(e.host).cities());
            participants(e);
            int topics = random.nextInt(5);
            Set<String> t = new LinkedHashSet<>();
            for (int k = 0; k < topics; k++) {
                t.add(pick(World.TOPICS));
            }
            e.topics.addAll(t);
            events.add(e);
            agreementsAt(e);
        }
        // every official takes part in at least one event of their country: those no meeting with a partner drew
        // appear at domestic events (receptions, hearings, press conferences)
        Map<String, List<Integer>> eventsByCountry = new HashMap<>();
        for (Event e : events) {
            if (e.parties.length == 1) {
                eventsByCountry.computeIfAbsent(e.parties[0], k -> new ArrayList<>()).add(e.index);
            }
        }
        for (Event e : events) {
            for (String c : e.parties) {
                eventsByCountry.putIfAbsent(c, new ArrayList<>(List.of(e.index)));
            }
        }
        boolean[] used = new boolean[officials.size()];
        for (Event e : events) {
            for (int o : e.participants) {
                used[o] = true;
            }
        }
        for (Official o : officials) {
            List<Integer> candidates = eventsByCountry.get(o.country);
            if (!used[o.index] && candidates != null) {
                Event e = events.get(candidates.get(random.nextInt(candidates.size())));
                e.participants.add(o.index);
                e.roles.add("participant");
            }
        }
    }

    private String country() {
        return weighted(World.COUNTRIES, World.Country::weight).code();
    }

    private void participants(Event e) {
        Set<Integer> chosen = new LinkedHashSet<>();
        for (String c : e.parties) {
            int[] pool = officialsByCountry.get(c);
            if (pool == null || pool.length == 0) {
                continue;
            }
            int[] desk = e.parties.length == 2 ? desk(c, e.parties[0].equals(c) ? e.parties[1] : e.parties[0]) : null;
            int n = e.parties.length > 2 ? (random.nextDouble() < 0.7 ? 1 : 2)
                    : 1 + random.nextInt(e.kind.equals("phone_call") ? 1 : 4);
            for (int k = 0; k < n; k++) {
                // multilateral meetings are attended by the prominent; bilateral ones mostly by the partner's desk
                int o = e.parties.length > 2 || random.nextDouble() < 0.15 || desk == null || desk.length == 0
                        ? pool[e.parties.length == 1 ? random.nextInt(pool.length)
                                : prominence(pool.length, e.parties.length > 2 ? 200 : 50)]
                        : desk[random.nextInt(desk.length)];
                if (chosen.add(o)) {
                    e.participants.add(o);
                    String role;
                    if (k == 0 && c.equals(e.host) && e.parties.length > 1) {
                        role = "host";
                    } else if (k == 0) {
                        role = "head_of_delegation";
                    } else {
                        role = "participant";
                    }
                    e.roles.add(role);
                }
            }
        }
    }

    private final Map<String, int[]> desks = new HashMap<>();

    /**
     * The officials of {@code country} who deal with {@code partner} (its embassy there, the desk at the ministries):
     * a fixed 2 % of the country's officials, so the same people meet the same partner again and again.
     */
    private int[] desk(String country, String partner) {
        return desks.computeIfAbsent(country + ">" + partner, k -> {
            int[] pool = officialsByCountry.get(country);
            int h = partner.hashCode() * 31 + country.hashCode();
            return Arrays.stream(pool).filter(o -> Math.floorMod(o * 0x9E3779B1 + h, 50) == 0).toArray();
        });
    }

    /**
     * Which official of a country takes part: 15 % of the time one of the most prominent {@code 1/fraction} (Zipf-like,
     * the first ones far more often), otherwise anyone; always one of the most prominent when {@code fraction > 50}
     * (multilateral meetings). The top official of a large country attends a few hundred events.
     */
    private int prominence(int size, int fraction) {
        if (fraction > 50 || random.nextDouble() < 0.15) {
            int top = Math.min(size, Math.max(3, size / fraction));
            double u = random.nextDouble();
            // inverse CDF of a density ~ x^-0.7 on [1, top+1]
            double x = Math.pow(1 + u * (Math.pow(top + 1, 0.3) - 1), 1 / 0.3);
            return Math.min(top - 1, (int) x - 1);
        }
        return random.nextInt(size);
    }

    private void agreementsAt(Event e) {
        double chance = switch (e.kind) {
            case "signing" -> 1.0;
            case "visit", "summit" -> 0.3;
            case "talks", "consultation", "dialogue", "conference" -> 0.1;
            default -> 0.03;
        };
        if (e.parties.length < 2 || random.nextDouble() >= chance) {
            return;
        }
        int n = 1 + (random.nextDouble() < 0.35 ? 1 + random.nextInt(3) : 0);
        for (int k = 0; k < n; k++) {
            Agreement a = new Agreement();
            World.AgreementKind kind = weighted(World.AGREEMENT_KINDS, World.AgreementKind::weight);
            a.kind = kind.code();
            String subject = pick(World.SUBJECTS);
            if (subject.contains("%s")) {
                subject = subject.formatted(pick(World.BY_CODE.get(pick(e.parties)).cities()));
            }
            a.subject = subject;
            a.parties = e.parties;
            String partiesKey = e.partiesKey();
            String subjectKey = Fold.fold(subject).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            String identity = a.kind + ":" + partiesKey + ":" + subjectKey;
            if (!takenAgreementKeys.add(identity)) {
                // the same document again: a renewal for another period
                int year = e.dated() ? LocalDate.ofEpochDay(e.day).getYear() : 2000 + random.nextInt(26);
                a.subject = subject + " for the period " + year + "–" + (year + 5);
                subjectKey = subjectKey + "-" + year;
                identity = a.kind + ":" + partiesKey + ":" + subjectKey;
                if (!takenAgreementKeys.add(identity)) {
                    continue;
                }
            }
            a.subjectKey = subjectKey;
            a.identityKey = identity;
            a.index = agreements.size();
            a.id = ids("agr", identity, 20);
            a.event = e.index;
            a.day = e.day;
            a.precision = e.precision;
            a.status = e.kind.equals("talks") && random.nextDouble() < 0.5 ? "planned" : "signed_in_this_event";
            for (int i = 0; i < e.participants.size(); i++) {
                if (!e.roles.get(i).equals("participant") && random.nextDouble() < 0.7) {
                    a.signatories.add(e.participants.get(i));
                }
            }
            for (String c : e.parties) {
                List<Integer> orgs = orgsByCountry.get(c);
                if (orgs != null && random.nextDouble() < 0.6) {
                    Org o = organizations.get(orgs.get(random.nextInt(Math.min(2, orgs.size()))));
                    a.organizations.add(o.name + " (" + c + ")");
                }
            }
            agreements.add(a);
            e.agreements.add(a.index);
        }
    }

    // ------------------------------------------------------------------------------------------------ articles

    private void articles() {
        int first = (int) FIRST_DAY.toEpochDay(), last = (int) LAST_DAY.toEpochDay();
        List<Integer> agreementPool = new ArrayList<>();
        for (Event e : events) {
            double r = random.nextDouble();
            int reports = r < 0.5 ? 1 : r < 0.78 ? 2 : r < 0.92 ? 3 : r < 0.97 ? 4 : 5 + random.nextInt(2);
            for (int k = 0; k < reports; k++) {
                Article a = new Article();
                a.index = articles.size();
                a.id = ids("art", "bench:" + seed + ":article:" + a.index, 24);
                a.url = "urn:attache:bench:" + seed + ":" + a.index;
                a.mainEvent = e.index;
                a.day = e.dated() ? Math.min(last + 3, e.day + random.nextInt(3)) : first + random.nextInt(last - first);
                World.Country source = World.BY_CODE.get(pick(e.parties));
                a.publisher = pick(source.publishers());
                a.language = "en";
                a.city = e.city;
                // the officials: the whole delegation when small, else the heads and some others
                for (int i = 0; i < e.participants.size(); i++) {
                    boolean lead = !e.roles.get(i).equals("participant");
                    if (e.participants.size() <= 4 || lead || random.nextDouble() < 0.6) {
                        addOfficial(a, e.participants.get(i), e.roles.get(i));
                    }
                }
                if (random.nextDouble() < 0.15) { // a spokesperson or lawmaker commenting
                    int[] pool = officialsByCountry.get(pick(e.parties));
                    if (pool != null && pool.length > 0) {
                        int o = pool[random.nextInt(pool.length)];
                        if (!a.officials.contains(o)) {
                            addOfficial(a, o, null);
                        }
                    }
                }
                for (int ag : e.agreements) {
                    a.agreements.add(ag);
                    a.agreementStatuses.add(agreements.get(ag).status);
                }
                // an earlier agreement of the same parties recalled (referenced)
                if (!agreementPool.isEmpty() && random.nextDouble() < 0.08) {
                    Agreement old = agreements.get(agreementPool.get(random.nextInt(agreementPool.size())));
                    if (!a.agreements.contains(old.index) && old.day < a.day) {
                        a.agreements.add(old.index);
                        a.agreementStatuses.add("referenced");
                    }
                }
                if (random.nextDouble() < 0.2 && e.index > 0) { // an earlier meeting recalled
                    a.referencedEvent = random.nextInt(e.index);
                }
                Set<String> countries = new LinkedHashSet<>(Arrays.asList(e.parties));
                if (random.nextDouble() < 0.3) {
                    countries.add(country());
                }
                a.countries.addAll(countries);
                for (String c : e.parties) {
                    List<Integer> orgs = orgsByCountry.get(c);
                    if (orgs != null) {
                        a.orgs.add(orgs.get(random.nextInt(Math.min(3, orgs.size()))));
                    }
                }
                if (e.parties.length > 2 || random.nextDouble() < 0.05) {
                    a.orgs.add(orgsByCountry.get("INT").get(random.nextInt(3)));
                }
                a.title = title(a, e);
                articles.add(a);
                e.articles.add(a.index);
                seen(e, a);
            }
            // every participant is named by at least one report (the store only knows people from articles)
            Article firstReport = articles.get(e.articles.get(0));
            for (int i = 0; i < e.participants.size(); i++) {
                int o = e.participants.get(i);
                boolean named = false;
                for (int ai : e.articles) {
                    named |= articles.get(ai).officials.contains(o);
                }
                if (!named) {
                    addOfficial(firstReport, o, e.roles.get(i));
                }
            }
            agreementPool.addAll(e.agreements);
        }
        for (Agreement ag : agreements) {
            if (ag.event >= 0 && events.get(ag.event).articles.isEmpty()) {
                throw new IllegalStateException("agreement without source");
            }
        }
        for (Article a : articles) {
            for (int ag : a.agreements) {
                Agreement agreement = agreements.get(ag);
                if (a.day < agreement.firstDay || a.day == agreement.firstDay && a.index < agreement.firstArticle) {
                    agreement.firstDay = a.day;
                    agreement.firstArticle = a.index;
                }
            }
            if (a.referencedEvent >= 0) {
                seen(events.get(a.referencedEvent), a);
            }
        }
    }

    private void seen(Event e, Article a) {
        if (a.day < e.firstDay || a.day == e.firstDay && a.index < e.firstArticle) {
            e.firstDay = a.day;
            e.firstArticle = a.index;
        }
    }

    private void addOfficial(Article a, int official, String role) {
        Official o = officials.get(official);
        String printed = o.printed.size() == 1 || random.nextDouble() < 0.5 ? o.printed.get(0)
                : o.printed.get(1 + random.nextInt(o.printed.size() - 1));
        Held post = postAt(o, a.day);
        a.officials.add(official);
        a.officialRoles.add(role);
        a.officialPrinted.add(printed);
        a.officialPosts.add(post);
        o.aliases.computeIfAbsent(printed, k -> new Seen()).add(a.day);
        String wording = pick(post.printed());
        a.officialWording.add(wording);
        Seen s = o.posts.computeIfAbsent(post.canonical() + "\u001f" + wording, k -> new Seen());
        s.add(a.day);
        s.organization = post.organization();
        o.articleCount++;
        if (a.day < o.firstDay || a.day == o.firstDay && a.index < o.firstArticle) {
            o.firstDay = a.day;
            o.firstArticle = a.index;
        }
    }

    private static Held postAt(Official o, int day) {
        Held best = o.career.get(0);
        for (Held h : o.career) {
            if (h.from() <= day) {
                best = h;
            }
        }
        return best;
    }

    private String title(Article a, Event e) {
        String names = e.parties.length == 1 ? World.BY_CODE.get(e.parties[0]).name()
                : e.parties.length == 2 ? cap(World.BY_CODE.get(e.parties[0]).name()) + ", "
                        + World.BY_CODE.get(e.parties[1]).name() : e.name != null ? e.name : "Regional partners";
        String what = switch (e.kind) {
            case "phone_call" -> "hold phone talks";
            case "signing" -> "sign cooperation documents";
            case "visit" -> "step up ties during official visit";
            case "reception" -> "receive foreign delegation";
            default -> "hold " + e.kind.replace('_', ' ');
        };
        String topic = e.topics.isEmpty() ? "" : " on " + e.topics.get(0);
        return cap(names) + " " + what + topic;
    }

    /** Spreads the optional mentions over the articles so the store holds exactly {@code mentionTarget}. */
    private void mentions() {
        long required = 0;
        for (Article a : articles) {
            required += a.officials.size() + 1 + (a.referencedEvent >= 0 ? 1 : 0) + a.agreements.size();
            a.officialRepeats = new int[a.officials.size()];
        }
        requiredMentions = required;
        long optional = Math.max(0, mentionTarget - required);
        for (long m = 0; m < optional; m++) {
            Article a = articles.get(random.nextInt(articles.size()));
            double r = random.nextDouble();
            if (r < 0.5 && !a.officials.isEmpty()) {
                a.officialRepeats[random.nextInt(a.officials.size())]++;
            } else if (r < 0.75 && !a.orgs.isEmpty()) {
                a.orgMentions++;
            } else if (r < 0.95) {
                a.countryMentions++;
            } else {
                a.eventRepeats++;
            }
        }
    }

    long mentionCount() {
        long n = 0;
        for (Article a : articles) {
            n += a.officials.size() + 1 + (a.referencedEvent >= 0 ? 1 : 0) + a.agreements.size() + a.eventRepeats
                    + a.orgMentions + a.countryMentions;
            for (int r : a.officialRepeats) {
                n += r;
            }
        }
        return n;
    }

    // ================================================================================================= helpers

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    <T> T weighted(List<T> values, java.util.function.ToDoubleFunction<T> weight) {
        double total = 0;
        for (T v : values) {
            total += weight.applyAsDouble(v);
        }
        double x = random.nextDouble() * total;
        for (T v : values) {
            x -= weight.applyAsDouble(v);
            if (x < 0) {
                return v;
            }
        }
        return values.get(values.size() - 1);
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Removes combining marks but keeps the case: "Hoàng Xuân Chiến" → "Hoang Xuan Chien"; đ → d, ł → l. */
    static String stripDiacritics(String s) {
        String d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            b.append(switch (c) {
                case 'đ' -> 'd';
                case 'Đ' -> 'D';
                case 'ł' -> 'l';
                case 'Ł' -> 'L';
                case 'ø' -> 'o';
                case 'Ø' -> 'O';
                case 'ı' -> 'i';
                default -> c;
            });
        }
        return b.toString();
    }

    /** {@code prefix_} + the first {@code hexChars} hex digits of SHA-256(key): the store's id scheme. */
    static String ids(String prefix, String key, int hexChars) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return prefix + "_" + HexFormat.of().formatHex(digest).substring(0, hexChars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
