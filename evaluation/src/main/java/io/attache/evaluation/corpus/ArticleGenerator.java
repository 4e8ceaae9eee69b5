package io.attache.evaluation.corpus;

import io.attache.evaluation.GoldArticle;
import io.attache.evaluation.GoldArticle.GoldAgreement;
import io.attache.evaluation.GoldArticle.GoldEvent;
import io.attache.evaluation.GoldArticle.GoldOfficial;
import io.attache.evaluation.corpus.Person.Post;
import io.attache.evaluation.corpus.Person.Track;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Deterministic generator of realistic diplomatic/defence news articles with known truth.
 * <p>
 * {@code new ArticleGenerator(seed)} always yields the same sequence of articles. The generator plans
 * <em>stories</em> (one real-world meeting with its date, parties, city, participants, side events and signed
 * documents) and writes one or several <em>reports</em> of each story: often 2–5 articles from different outlets about
 * the same meeting, spread over the following article numbers, each with its own wording (kind word, date form, city
 * or not, which participants are named, name order and diacritics, publication one or two days later). All reports of
 * a story carry the same gold event key (and the same agreement keys for what was signed there). Stories also recur
 * deliberately: the next round of an annual dialogue a year later, a phone call a few days before talks of the same two
 * countries. Older documents come from a fixed per-pair pool ({@link #pairDocuments}) and are referenced by many
 * articles under one key. People come from fixed per-country pools ({@link Person#pool}), independent of the seed: the
 * same person recurs across articles (different spellings, name orders, later titles) with one stable gold key; the
 * pools hold a few namesakes (same family name, different person) so that identity cannot rest on the family name.
 * <p>
 * The plan is built as {@link #next()} walks along, from random streams derived from the seed and the article number;
 * the same seed therefore always gives the same stories, slots and texts.
 */
public final class ArticleGenerator {

    private static final Map<String, List<Person>> POOLS = new LinkedHashMap<>();

    static {
        for (Country c : Country.ALL) {
            POOLS.put(c.code(), Person.pool(c));
        }
    }

    /** Country pairs that meet often, so that older documents of the pair are referenced by several articles. */
    static final String[][] FREQUENT_PAIRS = {{"VN", "JP"}, {"VN", "IN"}, {"JP", "PH"}, {"AU", "JP"}, {"US", "PH"},
        {"KR", "US"}, {"IN", "US"}, {"VN", "AU"}, {"JP", "IN"}, {"KR", "VN"}, {"AU", "ID"}, {"SG", "US"}, {"FR", "IN"},
        {"GB", "JP"}, {"VN", "LA"}, {"TH", "US"}, {"PH", "AU"}, {"KR", "JP"}};

    private final long seed;
    private int count;
    /** Reports already planned for later article numbers. */
    private final Map<Integer, Report> pending = new HashMap<>();
    private final List<Story> stories = new ArrayList<>();
    /** Every event key any story uses: a new story never reuses one. */
    private final Set<String> storyKeys = new HashSet<>();

    public ArticleGenerator(long seed) {
        this.seed = seed;
    }

    public GeneratedArticle next() {
        count++;
        String id = String.format(Locale.ROOT, "gen-%05d", count);
        Report report = pending.remove(count);
        if (report == null) {
            report = newStory();
        }
        return new Writer(new Random(mix(count, 0)), id, report).write();
    }

    private long mix(long n, long attempt) {
        return seed * 0x9E3779B97F4A7C15L + n * 0xBF58476D1CE4E5B9L + attempt * 0x94D049BB133111EBL;
    }

    /** All people of the fixed pools (for tests). */
    static List<Person> allPeople() {
        List<Person> all = new ArrayList<>();
        POOLS.values().forEach(all::addAll);
        return all;
    }

    private static final class NoPersonException extends RuntimeException {
        NoPersonException() {
            super(null, null, false, false);
        }
    }

    // ==================================================================================================== outlets

    enum JpOrder { FAMILY_FIRST, GIVEN_FIRST, CAPS }

    record Outlet(String name, String country, boolean us, boolean vnDiacritics, JpOrder jp, String agency,
            boolean pressRelease) {
    }

    static final List<Outlet> OUTLETS = List.of(
            new Outlet("Viet Nam News", "VN", false, true, JpOrder.FAMILY_FIRST, "VNS", false),
            new Outlet("Vietnam News Agency", "VN", false, true, JpOrder.FAMILY_FIRST, "VNA", false),
            new Outlet("Nhan Dan Online", "VN", false, true, JpOrder.FAMILY_FIRST, null, false),
            new Outlet("VnExpress International", "VN", true, false, JpOrder.GIVEN_FIRST, null, false),
            new Outlet("Ministry of Foreign Affairs of Japan", "JP", true, false, JpOrder.CAPS, null, true),
            new Outlet("Ministry of Defense of Japan", "JP", true, false, JpOrder.CAPS, null, true),
            new Outlet("The Japan Times", "JP", true, false, JpOrder.GIVEN_FIRST, null, false),
            new Outlet("Kyodo News", "JP", true, false, JpOrder.GIVEN_FIRST, "Kyodo", false),
            new Outlet("The Hindu", "IN", false, false, JpOrder.GIVEN_FIRST, null, false),
            new Outlet("Press Information Bureau", "IN", false, false, JpOrder.GIVEN_FIRST, "PIB", true),
            new Outlet("Philippine News Agency", "PH", true, false, JpOrder.GIVEN_FIRST, "PNA", false),
            new Outlet("Philippine Daily Inquirer", "PH", true, false, JpOrder.GIVEN_FIRST, null, false),
            new Outlet("ABC News", "AU", false, false, JpOrder.GIVEN_FIRST, null, false),
            new Outlet("Australian Department of Defence", "AU", false, false, JpOrder.GIVEN_FIRST, null, true),
            new Outlet("Yonhap News Agency", "KR", true, false, JpOrder.GIVEN_FIRST, "Yonhap", false),
            new Outlet("The Korea Herald", "KR", true, false, JpOrder.GIVEN_FIRST, null, false),
            new Outlet("U.S. Department of Defense", "US", true, false, JpOrder.GIVEN_FIRST, null, true),
            new Outlet("Defense News", "US", true, false, JpOrder.GIVEN_FIRST, null, false),
            new Outlet("The Straits Times", "SG", false, false, JpOrder.GIVEN_FIRST, null, false),
            new Outlet("Bangkok Post", "TH", false, false, JpOrder.GIVEN_FIRST, null, false),
            new Outlet("Antara News", "ID", true, false, JpOrder.GIVEN_FIRST, "ANTARA", false),
            new Outlet("Bernama", "MY", false, false, JpOrder.GIVEN_FIRST, "Bernama", false),
            new Outlet("RNZ", "NZ", false, false, JpOrder.GIVEN_FIRST, null, false),
            new Outlet("European Defence Review", null, false, true, JpOrder.GIVEN_FIRST, null, false),
            new Outlet("Indo-Pacific Security Monitor", null, true, false, JpOrder.FAMILY_FIRST, null, false));

    // ==================================================================================================== vocabulary

    record Subject(String text, String key) {
    }

    static final List<Subject> SUBJECTS = List.of(
            new Subject("cooperation in search and rescue", "search-and-rescue"),
            new Subject("training cooperation", "training"),
            new Subject("maritime security cooperation", "maritime-security"),
            new Subject("cybersecurity cooperation", "cybersecurity"),
            new Subject("%s industry cooperation", "defence-industry"),
            new Subject("cooperation in UN peacekeeping operations", "peacekeeping"),
            new Subject("cooperation in military medicine", "military-medicine"),
            new Subject("humanitarian assistance and disaster relief", "hadr"),
            new Subject("the transfer of %s equipment and technology", "defence-equipment-technology"),
            new Subject("reciprocal access of forces", "reciprocal-access"),
            new Subject("mutual logistics support", "logistics"),
            new Subject("coast guard cooperation", "coast-guard"),
            new Subject("hydrography and nautical charting", "hydrography"),
            new Subject("military education exchanges", "military-education"),
            new Subject("counter-terrorism cooperation", "counter-terrorism"),
            new Subject("the exchange of classified military information", "information-security"),
            new Subject("mine action and the clearance of unexploded ordnance", "mine-action"),
            new Subject("submarine rescue", "submarine-rescue"));

    static final String[][] FILLER = {
        {"defence cooperation", "Both sides affirmed that bilateral defence ties have grown steadily in recent years, with regular exchanges of delegations at all levels."},
        {"strategic partnership", "{RA} said {A} regards {B} as one of its most important partners in the region and stands ready to deepen cooperation in areas of mutual interest."},
        {"defence industry", "{RB} welcomed the progress made since the two countries upgraded their relations and proposed expanding joint training, personnel exchanges and cooperation in %s industry."},
        {"South China Sea", "The two sides exchanged views on regional and international issues of shared concern, including maritime security in the South China Sea and the situation on the Korean Peninsula."},
        {"UNCLOS", "They stressed the importance of settling disputes by peaceful means in accordance with international law, including the 1982 United Nations Convention on the Law of the Sea."},
        {"cybersecurity", "Both sides agreed to step up cooperation in cybersecurity, military medicine and humanitarian assistance and disaster relief."},
        {"peacekeeping", "{RA} thanked {B} for its support in UN peacekeeping training and for hosting {a} officers at its %s academies."},
        {"ASEAN centrality", "The officials reaffirmed their support for ASEAN centrality and for an open, inclusive regional architecture."},
        {"Indo-Pacific", "{RB} noted that %s cooperation remains an important pillar of the relationship and contributes to peace and stability in the Indo-Pacific."},
        {"annual plan", "Both delegations reviewed the outcomes of previous meetings and agreed on the main areas of cooperation for the coming year."},
        {"maritime cooperation", "The two sides discussed ways to strengthen cooperation between their coast guards and navies, including port calls and joint search and rescue exercises."},
        {"non-traditional security", "They also touched upon cooperation in addressing non-traditional security challenges such as climate change, transnational crime and pandemics."},
        {"defence policy", "{RA} briefed the {b} side on {a} %s policy and its priorities for the years ahead."},
        {"multilateral forums", "The two sides agreed to continue coordinating closely at multilateral forums such as the ASEAN Defence Ministers' Meeting-Plus and the Shangri-La Dialogue."},
        {"trade", "Trade and investment ties have also expanded, with two-way trade exceeding {N} billion US dollars last year."},
        {"bilateral relations", "Observers note that the relationship has broadened considerably over the past decade, moving from development assistance towards security and technology cooperation."},
        {"mine action", "{RB} expressed appreciation for {a} contributions to de-mining and the clearance of unexploded ordnance."},
        {"military education", "Both sides highlighted the role of education and training, noting that hundreds of officers have studied at each other's military schools."},
        {"defence technology", "They agreed to promote cooperation in %s science and technology and to explore joint research projects."},
        {"political trust", "The meeting took place in a cordial and frank atmosphere, reflecting the high level of political trust between the two countries."},
        {"regional tensions", "{RA} also called for restraint and dialogue to reduce tensions in the region, warning against actions that could complicate the situation."},
        {"exchanges", "The two countries have marked a number of milestones this year, including high-level exchanges and the launch of new scholarship programmes."},
        {"information sharing", "Cooperation in information sharing and early warning was also discussed, as was the protection of critical undersea infrastructure."},
        {"follow-up", "Both sides agreed to assign their respective agencies to follow up on the outcomes and report progress at the next round."},
        {"climate security", "{RB} said climate change was reshaping the security environment and called for closer cooperation on disaster preparedness."},
        {"people-to-people exchanges", "They welcomed the growth of tourism, student exchanges and direct flights, which have brought the two peoples closer together."},
    };

    static final String[] COMPANIES = {"Meridian Naval Systems", "Lotus Shipbuilding Corporation", "Kestrel Aerospace",
        "Blue Harbour Logistics", "Pacific Rim Defence Technologies", "Saigon Marine Engineering Works", "Northgate Avionics"};
    static final String[] INSTITUTES = {"Institute for Regional Security Studies", "Centre for Maritime Affairs",
        "Asia-Pacific Strategy Forum", "Lowland Institute of International Affairs"};

    static final Map<String, String[]> RANK_FORMS = Map.of(
            "Senior Lieutenant General", new String[] {"Senior Lieutenant General", "Sen. Lieut. Gen.", "Sr. Lt. Gen.", "Sen. Lieut. Gen", "Sen. Lt. Gen."},
            "Lieutenant General", new String[] {"Lieutenant General", "Lt. Gen.", "Lieut. Gen.", "Lt Gen"},
            "General", new String[] {"General", "Gen."},
            "Admiral", new String[] {"Admiral", "Adm."},
            "Vice Admiral", new String[] {"Vice Admiral", "Vice Adm."},
            "Rear Admiral", new String[] {"Rear Admiral", "Rear Adm.", "RAdm."});


    // ==================================================================================================== stories

    static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 24);

    /** A document signed at a story's main event. */
    record Signed(String kind, Subject subject, String key) {
    }

    /** An older document of a country pair ({@code title} printed instead of "kind on subject" when set). */
    record PoolDoc(String kind, Subject subject, String title, int year) {
        String key(String pair) {
            return "A:" + pair + ":" + kind + ":" + subject.key() + ":" + year;
        }
    }

    private static final List<PoolDoc> DOC_TEMPLATES = List.of(
            new PoolDoc("memorandum_of_understanding", new Subject("%s cooperation", "defence-cooperation"), null, 0),
            new PoolDoc("memorandum_of_understanding", new Subject("%s cooperation", "defence-cooperation"), null, 0),
            new PoolDoc("agreement", new Subject("reciprocal access of forces", "reciprocal-access"), "Reciprocal Access Agreement", 0),
            new PoolDoc("agreement", new Subject("the transfer of %s equipment and technology", "defence-equipment-technology"),
                    "%s Equipment and Technology Transfer Agreement", 0),
            new PoolDoc("agreement", new Subject("mutual logistics support", "logistics"), "Acquisition and Cross-Servicing Agreement", 0),
            new PoolDoc("agreement", new Subject("the protection of classified military information", "information-security"),
                    "General Security of Military Information Agreement", 0),
            new PoolDoc("memorandum_of_understanding", new Subject("maritime security cooperation", "maritime-security"), null, 0),
            new PoolDoc("memorandum_of_understanding", new Subject("%s industry cooperation", "defence-industry"), null, 0),
            new PoolDoc("action_plan", new Subject("%s cooperation", "defence-cooperation"), null, 0),
            new PoolDoc("memorandum_of_understanding", new Subject("military education exchanges", "military-education"), null, 0),
            new PoolDoc("agreement", new Subject("%s cooperation", "defence-cooperation"), null, 0));

    private static final Map<String, List<PoolDoc>> PAIR_DOCS = new HashMap<>();

    /** The fixed older documents of a country pair ("JP-VN"): independent of any seed, 2–3 per pair. */
    static synchronized List<PoolDoc> pairDocuments(String pair) {
        return PAIR_DOCS.computeIfAbsent(pair, p -> {
            Random r = new Random(("docs:" + p).hashCode());
            int n = 2 + r.nextInt(2);
            List<PoolDoc> out = new ArrayList<>();
            Set<String> subjects = new HashSet<>();
            while (out.size() < n) {
                PoolDoc t = DOC_TEMPLATES.get(r.nextInt(DOC_TEMPLATES.size()));
                if (subjects.add(t.subject().key())) {
                    out.add(new PoolDoc(t.kind(), t.subject(), t.title(), 2005 + r.nextInt(18)));
                }
            }
            return List.copyOf(out);
        });
    }

    /** One real-world meeting with everything its reports share. */
    static final class Story {
        String kind;
        LocalDate d;
        Country a;
        Country b;
        Country host;
        Country guest;
        Country third;
        String city;
        boolean deptDefence;
        boolean twoPlusTwo;
        int ordinal;
        int visitDays;
        LocalDate visitTalks;
        final List<Person> guestSide = new ArrayList<>();
        final List<Person> hostSide = new ArrayList<>();
        Person thirdPerson;
        Person amb;
        String side; // null, "reception", "courtesy"
        Person sidePerson;
        LocalDate sideDate;
        final List<Signed> signed = new ArrayList<>();
        Signed planned;
        int reports = 1;

        String pair() {
            return a.code().compareTo(b.code()) < 0 ? a.code() + "-" + b.code() : b.code() + "-" + a.code();
        }

        List<String> parties() {
            Set<String> s = new TreeSet<>(List.of(a.code(), b.code()));
            if (third != null) {
                s.add(third.code());
            }
            return List.copyOf(s);
        }

        String mainKey() {
            return "E:" + d + ":" + String.join("-", parties()) + ":" + kind;
        }

        String visitTalksKey() {
            return "E:" + visitTalks + ":" + pair() + ":talks:during-visit";
        }

        String sideKey() {
            return side.equals("reception")
                    ? "E:" + sideDate + ":" + pair() + ":reception"
                    : "E:" + sideDate + ":" + pair() + ":meeting:courtesy-call";
        }

        List<String> eventKeys() {
            List<String> keys = new ArrayList<>();
            keys.add(mainKey());
            if (visitTalks != null) {
                keys.add(visitTalksKey());
            }
            if (side != null) {
                keys.add(sideKey());
            }
            return keys;
        }
    }

    /** One article about a story: the {@code index}-th report, by {@code outlet}, published on {@code published}. */
    record Report(Story story, int index, Outlet outlet, LocalDate published) {
    }

    /** Picks officials for one story so that no two of them share a back-reference or family name. */
    private static final class Staff {
        final Random r;
        final Set<String> refs = new HashSet<>();
        final Set<Person> chosen = new HashSet<>();

        Staff(Random r) {
            this.r = r;
        }

        Person choose(Country c, Track... tracks) {
            List<Person> ok = new ArrayList<>();
            for (Person p : POOLS.get(c.code())) {
                if (chosen.contains(p)) {
                    continue;
                }
                boolean trackOk = false;
                for (Track t : tracks) {
                    trackOk |= p.track == t;
                }
                if (trackOk && !refs.contains(refKey(p)) && !refs.contains(fold(p.family))) {
                    ok.add(p);
                }
            }
            if (ok.isEmpty()) {
                throw new NoPersonException();
            }
            Person p = ok.get(r.nextInt(ok.size()));
            chosen.add(p);
            refs.add(refKey(p));
            refs.add(fold(p.family));
            refs.add(fold(p.given));
            return p;
        }

        Person chooseOr(Country c, Track preferred, Track... fallbacks) {
            Person p = chooseOrNull(c, preferred);
            return p != null ? p : choose(c, fallbacks);
        }

        Person chooseOrNull(Country c, Track... tracks) {
            try {
                return choose(c, tracks);
            } catch (NoPersonException e) {
                return null;
            }
        }
    }

    static String fold(String s) {
        return io.attache.evaluation.Normalizer.fold(s);
    }

    /** The folded token a later bare mention of {@code p} would use. */
    static String refKey(Person p) {
        return switch (p.country.style()) {
            case VIETNAMESE, GIVEN_REF -> fold(p.given);
            default -> fold(p.family);
        };
    }

    private Report newStory() {
        for (int attempt = 0; ; attempt++) {
            Random r = new Random(mix(count, 1 + attempt));
            Story s;
            try {
                s = plan(r);
            } catch (NoPersonException e) {
                s = null;
            }
            if (s == null || s.eventKeys().stream().anyMatch(storyKeys::contains)) {
                if (attempt > 200) {
                    throw new IllegalStateException("generator cannot plan a story for article " + count);
                }
                continue; // redraw (still deterministic)
            }
            storyKeys.addAll(s.eventKeys());
            stories.add(s);
            List<Report> reports = reports(r, s);
            int slot = count;
            for (int i = 1; i < reports.size(); i++) {
                slot += 1 + (r.nextDouble() < 0.3 ? 0 : r.nextInt(7));
                while (pending.containsKey(slot)) {
                    slot++;
                }
                pending.put(slot, reports.get(i));
            }
            return reports.get(0);
        }
    }

    private static <T> T pick(Random r, List<T> l) {
        return l.get(r.nextInt(l.size()));
    }

    private static String pick(Random r, String... l) {
        return l[r.nextInt(l.length)];
    }

    /** An earlier story to build on: a bilateral round of a recurring format, or (sameWeek) any bilateral story. */
    private Story basis(Random r, boolean nextRound) {
        List<Story> c = new ArrayList<>();
        for (Story s : stories) {
            if (s.third != null) {
                continue;
            }
            if (nextRound ? s.kind.equals("dialogue") || s.kind.equals("consultation") || s.kind.equals("talks")
                    : !s.kind.equals("summit")) {
                c.add(s);
            }
        }
        return c.isEmpty() ? null : pick(r, c);
    }

    private Story plan(Random r) {
        Staff st = new Staff(r);
        Story s = new Story();
        double mode = r.nextDouble();
        Story basis = mode < 0.13 ? basis(r, true) : mode < 0.19 ? basis(r, false) : null;
        if (basis != null && mode < 0.13) {
            // the next (or previous) round of the same format between the same two countries
            s.kind = basis.kind;
            s.a = basis.a;
            s.b = basis.b;
            s.host = basis.guest;
            s.guest = basis.host;
            s.twoPlusTwo = basis.twoPlusTwo;
            int gap = r.nextDouble() < 0.6 ? 350 + r.nextInt(30) : 60 + r.nextInt(150);
            if (basis.d.plusDays(gap).isAfter(LAST_DAY)) {
                s.d = basis.d.minusDays(gap);
                s.ordinal = basis.ordinal - 1;
            } else {
                s.d = basis.d.plusDays(gap);
                s.ordinal = basis.ordinal + 1;
            }
            if (s.ordinal < 1 || s.d.isBefore(FIRST_DAY)) {
                return null;
            }
            s.deptDefence = basis.deptDefence;
        } else if (basis != null) {
            // another event of the same two countries a few days apart: a phone call and talks
            s.a = basis.a;
            s.b = basis.b;
            if (basis.kind.equals("phone_call")) {
                s.kind = pick(r, "talks", "meeting");
                s.d = basis.d.plusDays(2 + r.nextInt(5));
            } else {
                s.kind = "phone_call";
                s.d = basis.d.minusDays(2 + r.nextInt(5));
            }
            if (s.d.isBefore(FIRST_DAY) || s.d.isAfter(LAST_DAY)) {
                return null;
            }
            s.host = r.nextBoolean() ? s.a : s.b;
            s.guest = s.host == s.a ? s.b : s.a;
            s.deptDefence = r.nextDouble() < 0.65;
        } else {
            if (r.nextDouble() < 0.5) {
                String[] p = FREQUENT_PAIRS[r.nextInt(FREQUENT_PAIRS.length)];
                int i = r.nextInt(2);
                s.a = Country.byCode(p[i]);
                s.b = Country.byCode(p[1 - i]);
            } else {
                Outlet o = pick(r, OUTLETS);
                s.a = o.country() != null && r.nextDouble() < 0.8 ? Country.byCode(o.country()) : pick(r, Country.ALL);
                do {
                    s.b = pick(r, Country.ALL);
                } while (s.b == s.a);
            }
            s.d = FIRST_DAY.plusDays(r.nextInt((int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1));
            s.kind = pick(r, "talks", "talks", "talks", "consultation", "dialogue", "dialogue", "meeting", "meeting",
                    "visit", "visit", "phone_call", "phone_call", "summit");
            s.host = r.nextBoolean() ? s.a : s.b;
            s.guest = s.host == s.a ? s.b : s.a;
            s.deptDefence = r.nextDouble() < 0.65;
            s.twoPlusTwo = r.nextDouble() < 0.5;
            s.ordinal = 1 + r.nextInt(s.kind.equals("dialogue") ? 15 : s.twoPlusTwo ? 3 : 12);
        }
        if (s.kind.equals("visit")) {
            s.host = s.b;
            s.guest = s.a;
        }
        if (s.kind.equals("phone_call")) {
            s.host = s.a;
            s.guest = s.b;
        }
        s.city = s.kind.equals("phone_call") ? null : s.host.capital();
        Track main = s.deptDefence ? Track.DEFENCE : Track.FOREIGN;
        Country host = s.host;
        Country guest = s.guest;
        switch (s.kind) {
            case "consultation" -> {
                s.guestSide.add(st.choose(guest, Track.FOREIGN));
                s.hostSide.add(st.choose(host, Track.FOREIGN));
                if (s.twoPlusTwo) {
                    s.guestSide.add(st.choose(guest, Track.DEFENCE));
                    s.hostSide.add(st.choose(host, Track.DEFENCE));
                }
            }
            case "dialogue" -> {
                s.guestSide.add(st.choose(guest, Track.DEFENCE, Track.MILITARY));
                s.hostSide.add(st.choose(host, Track.DEFENCE, Track.MILITARY));
            }
            case "meeting" -> {
                s.hostSide.add(st.choose(host, Track.HEAD, Track.DEFENCE, Track.FOREIGN));
                s.guestSide.add(st.choose(guest, main, Track.MILITARY));
            }
            case "visit" -> {
                Person g = st.choose(guest, main, Track.HEAD);
                s.guestSide.add(g);
                s.hostSide.add(st.chooseOr(host, g.track, Track.DEFENCE, Track.FOREIGN, Track.HEAD));
                s.visitDays = 2 + r.nextInt(3);
                s.visitTalks = r.nextBoolean() ? s.d : s.d.plusDays(1);
            }
            case "phone_call" -> {
                Person x = st.choose(s.a, main, Track.HEAD);
                s.hostSide.add(x);
                s.guestSide.add(st.chooseOr(s.b, x.track, main, Track.FOREIGN));
            }
            case "summit" -> {
                s.hostSide.add(st.choose(host, Track.HEAD));
                s.guestSide.add(st.choose(guest, Track.HEAD));
            }
            default -> { // talks
                if (basis == null && r.nextDouble() < 0.12) {
                    do {
                        s.third = pick(r, Country.ALL);
                    } while (s.third == s.a || s.third == s.b);
                }
                Person g = st.choose(guest, main, Track.MILITARY);
                s.guestSide.add(g);
                s.hostSide.add(st.chooseOr(host, g.track == Track.MILITARY ? Track.MILITARY : main, main, Track.FOREIGN));
                if (s.third != null) {
                    s.thirdPerson = st.chooseOr(s.third, g.track, main, Track.FOREIGN);
                }
            }
        }
        if (!s.kind.equals("phone_call") && r.nextDouble() < 0.4) {
            s.amb = st.chooseOrNull(guest, Track.ENVOY);
        }
        if (!s.kind.equals("phone_call") && !s.kind.equals("summit") && r.nextDouble() < 0.45) {
            if (r.nextDouble() < 0.55) {
                s.sidePerson = st.chooseOrNull(host, Track.DEFENCE, Track.FOREIGN, Track.DEPUTY_HEAD);
                s.side = s.sidePerson == null ? null : "reception";
                s.sideDate = s.d;
            } else {
                s.sidePerson = st.chooseOrNull(host, Track.HEAD);
                s.side = s.sidePerson == null ? null : "courtesy";
                s.sideDate = r.nextBoolean() ? s.d : s.d.plusDays(1);
            }
        }
        // documents
        Set<String> subjects = new HashSet<>();
        String pair = s.pair();
        if (!s.kind.equals("phone_call") && s.third == null && r.nextDouble() < 0.55) {
            int n = r.nextDouble() < 0.35 ? 2 : 1;
            for (int i = 0; i < n; i++) {
                String k = s.kind.equals("summit") && i == 0
                        ? pick(r, "joint_statement", "joint_vision_statement")
                        : pick(r, "memorandum_of_understanding", "memorandum_of_understanding", "letter_of_intent", "agreement",
                                "action_plan", "protocol");
                Subject subject = subject(r, subjects);
                s.signed.add(new Signed(k, subject, "A:" + pair + ":" + k + ":" + subject.key() + ":" + s.d));
            }
        }
        if (r.nextDouble() < 0.3) {
            String k = pick(r, "memorandum_of_understanding", "agreement", "letter_of_intent");
            Subject subject = subject(r, subjects);
            s.planned = new Signed(k, subject, "A:" + pair + ":" + k + ":" + subject.key() + ":planned");
        }
        return s;
    }

    private static Subject subject(Random r, Set<String> used) {
        for (int i = 0; i < 50; i++) {
            Subject s = pick(r, SUBJECTS);
            if (used.add(s.key())) {
                return s;
            }
        }
        return SUBJECTS.get(0);
    }

    /** The reports of a story: how many, by which outlets, published when. */
    private static List<Report> reports(Random r, Story s) {
        int n = 1;
        if (r.nextDouble() < 0.55) {
            double x = r.nextDouble();
            n = x < 0.4 ? 2 : x < 0.7 ? 3 : x < 0.9 ? 4 : 5;
        }
        s.reports = n;
        Set<String> countries = new HashSet<>(List.of(s.a.code(), s.b.code()));
        List<Outlet> related = new ArrayList<>();
        for (Outlet o : OUTLETS) {
            if (o.country() == null || countries.contains(o.country())) {
                related.add(o);
            }
        }
        Set<String> used = new HashSet<>();
        List<Report> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Outlet outlet = null;
            if (r.nextDouble() >= 0.08) {
                for (int t = 0; t < 30 && outlet == null; t++) {
                    Outlet o = r.nextDouble() < 0.75 ? pick(r, related) : pick(r, OUTLETS);
                    if (used.add(o.name())) {
                        outlet = o;
                    }
                }
            }
            if (outlet == null) {
                outlet = new Outlet(null, null, r.nextBoolean(), r.nextDouble() < 0.3, pick(r, List.of(JpOrder.values())), null,
                        false);
            }
            int lag;
            double x = r.nextDouble();
            if (i == 0) {
                lag = x < 0.45 ? 0 : x < 0.7 ? 1 : 2 + r.nextInt(5);
            } else {
                lag = x < 0.35 ? 0 : x < 0.75 ? 1 : x < 0.9 ? 2 : 3 + r.nextInt(4);
            }
            out.add(new Report(s, i, outlet, s.d.plusDays(lag)));
        }
        return out;
    }

    // ==================================================================================================== writer

    /** Writes one report of a story; the story fixes the facts, all wording comes from {@code r}. */
    private static final class Writer {
        private final Random r;
        private final String id;
        private Outlet outlet;
        private LocalDate published;
        private String def; // "Defence" or "Defense"
        private final Map<Person, Official> officials = new LinkedHashMap<>();
        private final Set<String> usedRefs = new HashSet<>();
        private final Map<String, String> countryNames = new LinkedHashMap<>();
        private final List<GoldEvent> events = new ArrayList<>();
        private final List<GoldAgreement> agreements = new ArrayList<>();
        private final Set<String> usedSubjects = new HashSet<>();
        private final Set<String> topics = new LinkedHashSet<>();

        /** What the gold file will say about one official. */
        private final class Official {
            final Person p;
            final Post post;
            String name;
            final Set<String> titles = new LinkedHashSet<>();
            final Set<String> mentions = new LinkedHashSet<>();
            String role;
            Country partner;

            Official(Person p, Post post, String role) {
                this.p = p;
                this.post = post;
                this.role = role;
            }
        }

        private final Report rep;

        Writer(Random r, String id, Report rep) {
            this.r = r;
            this.id = id;
            this.rep = rep;
        }

        private <T> T pick(List<T> l) {
            return l.get(r.nextInt(l.size()));
        }

        private String pick(String... l) {
            return l[r.nextInt(l.length)];
        }

        private boolean chance(double p) {
            return r.nextDouble() < p;
        }

        // ------------------------------------------------------------------------------------------ names

        private String cn(Country c) {
            return countryNames.computeIfAbsent(c.code(), k -> switch (k) {
                case "VN" -> outlet.vnDiacritics() && "VN".equals(outlet.country()) ? pick("Việt Nam", "Viet Nam") : pick("Viet Nam", "Vietnam");
                case "KR" -> pick("the Republic of Korea", "South Korea");
                case "US" -> pick("the United States", "the United States");
                case "GB" -> pick("the United Kingdom", "Britain");
                default -> c.name();
            });
        }

        private String cnCap(Country c) {
            String n = cn(c);
            return Character.toUpperCase(n.charAt(0)) + n.substring(1);
        }

        /** Name without a leading article, for compounds ("Philippines-Japan"). */
        private String cnBare(Country c) {
            String n = cn(c);
            return n.startsWith("the ") ? n.substring(4) : n;
        }

        private static String ascii(String s) {
            String t = s.replace('đ', 'd').replace('Đ', 'D');
            return Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        }

        private String fullName(Person p) {
            return switch (p.country.style()) {
                case VIETNAMESE -> outlet.vnDiacritics() ? p.canonicalName() : ascii(p.canonicalName());
                case JAPANESE -> switch (outlet.jp()) {
                    case CAPS -> p.family.toUpperCase(Locale.ROOT) + " " + p.given;
                    case FAMILY_FIRST -> p.family + " " + p.given;
                    case GIVEN_FIRST -> p.given + " " + p.family;
                };
                default -> p.canonicalName();
            };
        }

        /** The short back-reference, or null when the style has none. */
        private String shortName(Person p) {
            return switch (p.country.style()) {
                case VIETNAMESE -> outlet.vnDiacritics() ? p.given : ascii(p.given);
                case JAPANESE -> outlet.jp() == JpOrder.CAPS ? p.family.toUpperCase(Locale.ROOT) : p.family;
                case KOREAN, CHINESE, WESTERN -> p.family;
                case GIVEN_REF -> p.given;
                case KHMER -> null;
            };
        }

        private String refToken(Person p) {
            String s = shortName(p);
            return io.attache.evaluation.Normalizer.fold(s == null ? p.family : s);
        }

        private Official official(Person p, String role) {
            return officials.computeIfAbsent(p, k -> {
                Official o = new Official(p, p.postAt(published), role);
                usedRefs.add(refToken(p));
                usedRefs.add(io.attache.evaluation.Normalizer.fold(p.family));
                usedRefs.add(io.attache.evaluation.Normalizer.fold(p.given));
                return o;
            });
        }

        /** A person of {@code c} on one of the tracks whose back-reference does not clash with anyone already named. */
        /** Back-reference in running text ("Mr Sato", "Chiến"); records the mention. */
        private String ref(Person p) {
            Official o = officials.get(p);
            String s = shortName(p);
            if (s == null) {
                o.mentions.add(o.name);
                return o.name;
            }
            o.mentions.add(s);
            if (p.country.style() == NameStyle.VIETNAMESE || p.country.style() == NameStyle.GIVEN_REF || chance(0.35)) {
                return s;
            }
            return (p.female() ? "Ms" : "Mr") + (outlet.us() ? ". " : " ") + s;
        }

        // ------------------------------------------------------------------------------------------ titles and ranks

        private String title(Person p, Post post, Country partner) {
            String d = def;
            String code = p.country.code();
            return switch (post) {
                case DEF_MIN -> switch (code) {
                    case "VN", "KR" -> pick("Minister of National " + d, d + " Minister");
                    case "US" -> pick("Secretary of Defense", d + " Secretary");
                    case "PH" -> pick("Secretary of National Defense", d + " Secretary");
                    case "AU" -> pick("Minister for " + d, d + " Minister");
                    case "GB" -> pick("Secretary of State for Defence", "Defence Secretary");
                    default -> pick("Minister of " + d, d + " Minister");
                };
                case DEF_DEP -> switch (code) {
                    case "VN" -> pick("Deputy Minister of National " + d, "Deputy " + d + " Minister");
                    case "JP" -> pick("Vice-Minister of " + d + " for International Affairs", "Vice Minister of " + d + " for International Affairs");
                    case "US" -> pick("Deputy Secretary of Defense", "Deputy " + d + " Secretary");
                    case "PH" -> pick("Undersecretary of National Defense", d + " Undersecretary");
                    case "KR" -> pick("Vice Minister of National " + d, "Vice " + d + " Minister");
                    case "AU" -> "Assistant Minister for " + d;
                    case "GB" -> "Minister for the Armed Forces";
                    default -> pick("Deputy Minister of " + d, "Deputy " + d + " Minister");
                };
                case FM -> switch (code) {
                    case "US" -> "Secretary of State";
                    case "IN" -> pick("Minister of External Affairs", "External Affairs Minister");
                    case "PH" -> pick("Secretary of Foreign Affairs", "Foreign Affairs Secretary");
                    case "AU" -> pick("Minister for Foreign Affairs", "Foreign Minister");
                    case "GB" -> "Foreign Secretary";
                    default -> pick("Minister of Foreign Affairs", "Foreign Minister");
                };
                case FM_DEP -> switch (code) {
                    case "VN" -> pick("Standing Deputy Minister of Foreign Affairs", "Permanent Deputy Minister of Foreign Affairs", "Deputy Foreign Minister");
                    case "JP" -> pick("Senior Deputy Minister for Foreign Affairs", "State Minister for Foreign Affairs");
                    case "US" -> "Deputy Secretary of State";
                    case "IN" -> "Foreign Secretary";
                    case "PH" -> "Undersecretary of Foreign Affairs";
                    case "KR" -> pick("First Vice Foreign Minister", "Vice Minister of Foreign Affairs");
                    default -> pick("Deputy Foreign Minister", "Deputy Minister of Foreign Affairs");
                };
                case MIL_CHIEF -> switch (code) {
                    case "VN" -> "Chief of the General Staff";
                    case "JP" -> "Chief of Staff of the Joint Staff";
                    case "US", "KR" -> "Chairman of the Joint Chiefs of Staff";
                    case "AU" -> "Chief of the Defence Force";
                    case "IN" -> "Chief of Defence Staff";
                    case "PH" -> "Chief of Staff of the Armed Forces of the Philippines";
                    case "GB" -> "Chief of the Defence Staff";
                    default -> pick("Chief of " + d, "Chief of the General Staff");
                };
                case MIL_DEP -> switch (code) {
                    case "US", "KR" -> "Vice Chairman of the Joint Chiefs of Staff";
                    case "AU" -> "Vice Chief of the Defence Force";
                    default -> pick("Deputy Chief of the General Staff", "Deputy Chief of " + d);
                };
                case NAVY_CHIEF -> switch (code) {
                    case "US" -> "Chief of Naval Operations";
                    case "IN" -> "Chief of the Naval Staff";
                    case "JP" -> "Chief of Staff of the Maritime Self-Defense Force";
                    default -> pick("Chief of Navy", "Commander of the Navy");
                };
                case NAVY_DEP -> switch (code) {
                    case "US" -> "Vice Chief of Naval Operations";
                    case "IN" -> "Vice Chief of the Naval Staff";
                    default -> pick("Deputy Chief of Navy", "Deputy Commander of the Navy");
                };
                case HOG -> switch (code) {
                    case "US", "KR", "PH", "ID", "FR", "BR" -> "President";
                    case "DE" -> "Chancellor";
                    default -> "Prime Minister";
                };
                case DPM -> switch (code) {
                    case "US" -> "Vice President";
                    case "DE" -> "Vice Chancellor";
                    default -> "Deputy Prime Minister";
                };
                case AMB -> chance(0.5) ? "Ambassador to " + cn(partner) : "Ambassador of " + cn(p.country) + " to " + cn(partner);
                case NSA -> outlet.us() ? "National Security Advisor" : "National Security Adviser";
            };
        }

        private String organization(Person p, Post post) {
            String code = p.country.code();
            return switch (post) {
                case DEF_MIN, DEF_DEP -> switch (code) {
                    case "VN" -> "Ministry of National Defence";
                    case "KR" -> "Ministry of National Defense";
                    case "US" -> "Department of Defense";
                    case "PH" -> "Department of National Defense";
                    case "AU" -> "Department of Defence";
                    default -> "Ministry of Defence";
                };
                case FM, FM_DEP -> switch (code) {
                    case "US" -> "Department of State";
                    case "IN" -> "Ministry of External Affairs";
                    case "PH" -> "Department of Foreign Affairs";
                    case "AU" -> "Department of Foreign Affairs and Trade";
                    case "GB" -> "Foreign, Commonwealth and Development Office";
                    default -> "Ministry of Foreign Affairs";
                };
                case MIL_CHIEF, MIL_DEP -> "Armed Forces";
                case NAVY_CHIEF, NAVY_DEP -> "Navy";
                case HOG, DPM -> "Government";
                case AMB -> "Ministry of Foreign Affairs";
                case NSA -> "National Security Council";
            };
        }

        private String rank(Person p, Post post) {
            boolean vn = p.country.code().equals("VN");
            return switch (post) {
                case DEF_MIN -> vn || p.country.code().equals("KH") ? "General" : null;
                case DEF_DEP -> vn ? "Senior Lieutenant General" : null;
                case MIL_CHIEF -> "General";
                case MIL_DEP -> vn ? "Senior Lieutenant General" : "Lieutenant General";
                case NAVY_CHIEF -> vn ? "Vice Admiral" : "Admiral";
                case NAVY_DEP -> vn ? "Rear Admiral" : "Vice Admiral";
                default -> null;
            };
        }

        private String printedRank(String canonical) {
            return pick(RANK_FORMS.get(canonical));
        }

        /**
         * First mention of an official with title (and rank). {@code appositive}: may use the "Name, Title," form,
         * which ends with a comma and must be followed by more of the sentence.
         */
        private String intro(Person p, String role, Country partner, boolean appositive) {
            Official o = official(p, role);
            o.partner = partner;
            String t = title(p, o.post, partner);
            o.titles.add(t);
            String name = fullName(p);
            o.name = name;
            o.mentions.add(name);
            String rank = rank(p, o.post);
            String pr = rank == null ? null : printedRank(rank);
            String honorific = outlet.pressRelease() && chance(0.5) ? "H.E. " : "";
            int form = r.nextInt(appositive ? 4 : 2);
            return switch (form) {
                case 0 -> t + " " + (pr == null ? "" : pr + " ") + name;
                case 1 -> p.country.adjective() + " " + t + " " + (pr == null ? "" : pr + " ") + name;
                case 2 -> honorific + (pr == null ? "" : pr + " ") + name + ", " + t + ",";
                default -> rank == null
                        ? honorific + name + ", " + t + " of " + cn(p.country) + ","
                        : honorific + name + ", " + rank + " and " + t + ",";
            };
        }

        private String objIntro(Person p, String role, Country partner) {
            return intro(p, role, partner, false);
        }

        // ------------------------------------------------------------------------------------------ dates

        private String month(LocalDate d) {
            return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }

        private String weekday(LocalDate d) {
            return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }

        /** "on Thursday", "yesterday", "on December 4", "on 4 December 2025", ... resolvable against the publication date. */
        private String dateExpr(LocalDate d) {
            long back = published.toEpochDay() - d.toEpochDay();
            List<String> options = new ArrayList<>();
            if (back >= 0 && back <= 6) {
                options.add("on " + weekday(d));
                options.add("on " + weekday(d));
            }
            if (back == 1) {
                options.add("yesterday");
            }
            if (back == 0 && !outlet.pressRelease()) {
                options.add("today");
            }
            String m = month(d);
            if (d.getYear() == published.getYear()) {
                options.add("on " + m + " " + d.getDayOfMonth());
                options.add("on " + d.getDayOfMonth() + " " + m);
            }
            options.add("on " + m + " " + d.getDayOfMonth() + ", " + d.getYear());
            options.add("on " + d.getDayOfMonth() + " " + m + " " + d.getYear());
            return pick(options);
        }

        private String ordinal(int n) {
            String[] words = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};
            if (n <= 10 && chance(0.6)) {
                return words[n - 1];
            }
            String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
            return n + suffix;
        }

        // ------------------------------------------------------------------------------------------ gold helpers

        private List<String> parties(Country... cs) {
            Set<String> s = new TreeSet<>();
            for (Country c : cs) {
                s.add(c.code());
            }
            return List.copyOf(s);
        }

        private GoldEvent event(String kind, LocalDate d, String city, Country host, List<String> parties, boolean main,
                String key) {
            GoldEvent e = new GoldEvent(key, kind, d.toString(), city, host == null ? null : host.code(), parties, main);
            events.add(e);
            return e;
        }

        private String subjectText(Subject s) {
            return s.text().contains("%s") ? String.format(s.text(), def.toLowerCase(Locale.ROOT)) : s.text();
        }

        private void agreement(String key, String kind, String subject, List<String> parties, List<String> orgs, String date,
                String status) {
            agreements.add(new GoldAgreement(key, kind, subject, parties, orgs, date, status));
        }

        private String kindPhrase(String kind, boolean article) {
            String p = switch (kind) {
                case "memorandum_of_understanding" -> pick("Memorandum of Understanding", "memorandum of understanding", "MoU");
                case "letter_of_intent" -> pick("Letter of Intent", "letter of intent");
                case "agreement" -> "agreement";
                case "action_plan" -> pick("Action Plan", "action plan");
                case "protocol" -> "protocol";
                case "joint_statement" -> "Joint Statement";
                case "joint_vision_statement" -> "Joint Vision Statement";
                default -> "document";
            };
            if (!article) {
                return p;
            }
            boolean vowel = p.equals("MoU") || p.startsWith("a") || p.startsWith("A");
            return (vowel ? "an " : "a ") + p;
        }

        private String fill(String template, Person ra, Person rb, Country a, Country b) {
            String s = template.contains("%s") ? String.format(template, def.toLowerCase(Locale.ROOT)) : template;
            s = s.replace("{A}", cn(a)).replace("{B}", cn(b)).replace("{a}", a.adjective()).replace("{b}", b.adjective())
                    .replace("{N}", String.valueOf(5 + r.nextInt(150)));
            if (s.contains("{RA}")) {
                s = s.replace("{RA}", ref(ra));
            }
            if (s.contains("{RB}")) {
                s = s.replace("{RB}", ref(rb));
            }
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        private String fillerParagraph(Person ra, Person rb, Country a, Country b, Set<Integer> usedFiller) {
            int n = 2 + r.nextInt(2);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                int k = r.nextInt(FILLER.length);
                if (!usedFiller.add(k)) {
                    continue;
                }
                topics.add(FILLER[k][0]);
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(fill(FILLER[k][1], ra, rb, a, b));
            }
            return sb.toString();
        }

        // ------------------------------------------------------------------------------------------ non-officials

        private String nonOfficialName(Country c) {
            Set<String> poolNames = new HashSet<>();
            for (Person p : POOLS.get(c.code())) {
                poolNames.add(p.canonicalName());
            }
            for (int i = 0; i < 200; i++) {
                String fam = pick(c.families());
                String giv = pick(c.givens());
                if (usedRefs.contains(io.attache.evaluation.Normalizer.fold(fam)) || usedRefs.contains(io.attache.evaluation.Normalizer.fold(giv))) {
                    continue;
                }
                String name = switch (c.style()) {
                    case VIETNAMESE -> fam + " " + pick(c.middles()) + " " + giv;
                    case JAPANESE, KOREAN, KHMER -> fam + " " + giv;
                    case CHINESE -> fam + " " + giv + " " + pick(c.middles());
                    default -> giv + " " + fam;
                };
                if (poolNames.contains(name)) {
                    continue;
                }
                usedRefs.add(io.attache.evaluation.Normalizer.fold(fam));
                usedRefs.add(io.attache.evaluation.Normalizer.fold(giv));
                if (c.style() == NameStyle.VIETNAMESE && !outlet.vnDiacritics()) {
                    name = ascii(name);
                }
                return name;
            }
            return null;
        }

        private String nonOfficialParagraph(Country c) {
            String name = nonOfficialName(c);
            if (name == null) {
                return null;
            }
            return switch (r.nextInt(4)) {
                case 0 -> "Separately, " + name + ", chief executive of " + pick(COMPANIES)
                        + ", told reporters that the company expects more orders from regional navies over the next five years.";
                case 1 -> "In other news, " + c.adjective() + " national football team head coach " + name
                        + " named a 26-man squad for next month's regional championship, saying the players were in good shape.";
                case 2 -> name + ", a senior fellow at the " + pick(INSTITUTES)
                        + ", said the meeting showed that both governments want to diversify their security partnerships.";
                default -> "Journalist " + name + ", who has covered the region for two decades, wrote that this round"
                        + " of talks was more substantive than previous ones.";
            };
        }

        // ------------------------------------------------------------------------------------------ the article

        // ------------------------------------------------------------------------------------------ the article

        private boolean named(Person p) {
            return officials.containsKey(p);
        }

        /** The kind word this report uses: the story's own, or (later reports) a compatible one. */
        private String reportKind(Story s, boolean first) {
            if (first) {
                return s.kind;
            }
            return switch (s.kind) {
                case "consultation" -> pick("consultation", "consultation", "talks", "dialogue", "meeting");
                case "dialogue" -> pick("dialogue", "dialogue", "talks", "meeting");
                case "talks" -> s.third != null ? "talks" : pick("talks", "talks", "meeting", "dialogue", "consultation");
                case "meeting" -> pick("meeting", "meeting", "talks");
                case "summit" -> pick("summit", "summit", "meeting");
                default -> s.kind;
            };
        }

        GeneratedArticle write() {
            Story s = rep.story();
            boolean first = rep.index() == 0;
            outlet = rep.outlet();
            published = rep.published();
            def = outlet.us() ? "Defense" : "Defence";
            Country a = s.a;
            Country b = s.b;
            Country host = s.host;
            Country guest = s.guest;
            Country third = s.third;
            LocalDate d = s.d;
            boolean omitCity = s.city != null && !first && !s.kind.equals("visit") && chance(0.25);
            String city = omitCity ? null : s.city;
            String at = city == null ? "" : " in " + city;
            String kind = reportKind(s, first);
            List<String> allParties = s.parties();
            List<String> pairParties = parties(a, b);

            List<String> paras = new ArrayList<>();
            Set<Integer> usedFiller = new HashSet<>();
            String headline;
            String lead;
            Person g = s.guestSide.get(0);
            Person h = s.hostSide.get(0);
            String dx = dateExpr(d);
            String topic = s.deptDefence ? def.toLowerCase(Locale.ROOT) : "foreign policy";

            switch (kind) {
                case "consultation" -> {
                    List<Person> gs = new ArrayList<>(s.guestSide);
                    List<Person> hs = new ArrayList<>(s.hostSide);
                    if (!first && gs.size() > 1 && chance(0.35)) {
                        gs = gs.subList(0, 1); // only the foreign-ministry heads are named
                        hs = hs.subList(0, 1);
                    }
                    if (s.kind.equals("consultation")) {
                        String name;
                        if (s.twoPlusTwo) {
                            boolean deputies = s.guestSide.get(0).postAt(published) == Post.FM_DEP
                                    && s.guestSide.get(1).postAt(published) == Post.DEF_DEP
                                    && s.hostSide.get(0).postAt(published) == Post.FM_DEP
                                    && s.hostSide.get(1).postAt(published) == Post.DEF_DEP;
                            name = "Foreign and " + def + (deputies ? " Vice-Ministerial" : "") + " \u201c2+2\u201d Consultation";
                        } else {
                            name = "political consultation between the two foreign ministries";
                        }
                        headline = cnCap(host) + " and " + cn(guest) + " hold " + (s.twoPlusTwo ? "2+2 " : "political ") + "consultation";
                        lead = cnCap(guest) + " and " + cn(host) + " held their " + ordinal(s.ordinal) + " " + name + at
                                + " " + dx + ", discussing bilateral ties as well as regional and international developments.";
                    } else {
                        headline = cnCap(a) + " and " + cn(b) + " hold " + topic + " consultations";
                        lead = cnCap(guest) + " and " + cn(host) + " held " + topic + " consultations" + at + " " + dx
                                + ", reviewing cooperation since their last meeting.";
                    }
                    StringBuilder del = new StringBuilder("The " + guest.adjective() + " delegation was led by ");
                    del.append(objIntro(gs.get(0), "head_of_delegation", host));
                    if (gs.size() > 1) {
                        del.append(" and ").append(objIntro(gs.get(1), "head_of_delegation", host));
                    }
                    del.append(", while ").append(cn(host)).append(" was represented by ");
                    del.append(objIntro(hs.get(0), "head_of_delegation", guest));
                    if (hs.size() > 1) {
                        del.append(" and ").append(objIntro(hs.get(1), "head_of_delegation", guest));
                    }
                    del.append('.');
                    paras.add(lead);
                    paras.add(del.toString());
                    event("consultation", d, city, host, allParties, true, s.mainKey());
                }
                case "dialogue" -> {
                    String pair = chance(0.5) ? cnBare(host) + "-" + cnBare(guest) : cnBare(guest) + "\u2013" + cnBare(host);
                    if (s.kind.equals("dialogue")) {
                        headline = pair + " " + def.toLowerCase(Locale.ROOT) + " policy dialogue held" + at;
                        lead = "The " + ordinal(s.ordinal) + " " + pair + " " + def + " Policy Dialogue took place" + at + " " + dx
                                + ", co-chaired by " + objIntro(h, "head_of_delegation", guest) + " and "
                                + objIntro(g, "head_of_delegation", host) + ".";
                    } else {
                        String what = s.kind.equals("consultation") ? "policy" : topic;
                        headline = pair + " " + what + " dialogue" + (city == null ? " opens new chapter" : " held in " + city);
                        lead = cnCap(host) + " and " + cn(guest) + " held a " + what + " dialogue" + at + " " + dx
                                + ", co-chaired by " + objIntro(h, "head_of_delegation", guest) + " and "
                                + objIntro(g, "head_of_delegation", host) + ".";
                    }
                    paras.add(lead);
                    event("dialogue", d, city, host, allParties, true, s.mainKey());
                }
                case "meeting" -> {
                    headline = cnCap(host) + " and " + cn(guest) + " pledge closer cooperation";
                    lead = switch (r.nextInt(3)) {
                        case 0 -> objIntro(h, "host", guest) + " received " + objIntro(g, "head_of_delegation", host) + at
                                + " " + dx + ".";
                        case 1 -> objIntro(h, "host", guest) + " met " + objIntro(g, "head_of_delegation", host) + at
                                + " " + dx + " to discuss ways to deepen cooperation.";
                        default -> capFirst(intro(h, "host", guest, true)) + " held a meeting with "
                                + objIntro(g, "head_of_delegation", host) + at + " " + dx + ".";
                    };
                    paras.add(capFirst(lead));
                    event("meeting", d, city, host, allParties, true, s.mainKey());
                }
                case "visit" -> {
                    headline = cnBare(guest) + " leader visits " + cn(host);
                    String dayWord = s.visitDays == 2 ? "two" : s.visitDays == 3 ? "three" : "four";
                    lead = capFirst(intro(g, "head_of_delegation", host, true)) + " began a " + dayWord
                            + "-day official visit to " + cn(host) + " " + dx + ", at the invitation of the "
                            + host.adjective() + " government.";
                    lead = lead.replace(" ,", ",");
                    paras.add(lead);
                    event("visit", d, city, host, allParties, true, s.mainKey());
                    if (!s.visitTalks.isAfter(published) && (first || chance(0.8))) {
                        String when = s.visitTalks.equals(d) ? "On the same day" : "The following day";
                        paras.add(when + ", " + ref(g) + " held talks with " + objIntro(h, "host", guest) + " in " + s.city + ".");
                        event("talks", s.visitTalks, s.city, host, pairParties, false, s.visitTalksKey());
                    }
                }
                case "phone_call" -> {
                    Person x = h;
                    Person y = g;
                    headline = cnCap(a) + ", " + cn(b) + " discuss regional security by phone";
                    lead = switch (r.nextInt(3)) {
                        case 0 -> capFirst(objIntro(x, "participant", b)) + " held a phone call with " + objIntro(y, "participant", a)
                                + " " + dx + ".";
                        case 1 -> capFirst(objIntro(y, "participant", a)) + " and " + objIntro(x, "participant", b)
                                + " spoke by phone " + dx + ", " + pick("their offices", "officials") + " said.";
                        default -> capFirst(objIntro(x, "participant", b)) + " spoke by telephone with "
                                + objIntro(y, "participant", a) + " " + dx + ", the " + pick("ministry", "government") + " said.";
                    };
                    paras.add(lead);
                    event("phone_call", d, null, null, allParties, true, s.mainKey());
                }
                case "summit" -> {
                    headline = cnCap(host) + " and " + cn(guest) + " leaders hold summit" + at;
                    lead = capFirst(objIntro(h, "host", guest)) + " and " + objIntro(g, "head_of_delegation", host)
                            + " held a summit" + at + " " + dx + ", agreeing to elevate bilateral relations.";
                    paras.add(lead);
                    event("summit", d, city, host, allParties, true, s.mainKey());
                }
                default -> { // talks
                    if (third != null) {
                        Person t = s.thirdPerson;
                        headline = cnCap(a) + ", " + cn(b) + " and " + cn(third) + " hold trilateral talks";
                        lead = cnCap(host) + ", " + cn(guest) + " and " + cn(third) + " held trilateral " + topic + " talks"
                                + at + " " + dx + ".";
                        String del = "The meeting brought together " + objIntro(h, "host", guest) + ", "
                                + objIntro(g, "head_of_delegation", host) + " and " + objIntro(t, "head_of_delegation", host) + ".";
                        paras.add(lead);
                        paras.add(del);
                    } else {
                        headline = cnCap(a) + ", " + cn(b) + " agree to deepen " + topic + " cooperation";
                        double x = r.nextDouble();
                        if (!first && x < 0.2 && g.track == h.track) {
                            // the host is left unnamed
                            lead = capFirst(intro(g, "head_of_delegation", host, true)) + " held talks with "
                                    + (g.female() ? "her " : "his ") + host.adjective() + " counterpart" + at + " " + dx
                                    + ", focusing on ways to deepen " + topic + " cooperation.";
                            paras.add(lead);
                        } else if (x < 0.6) {
                            lead = capFirst(intro(g, "head_of_delegation", host, true)) + " held talks with "
                                    + objIntro(h, "host", guest) + at + " " + dx + ", focusing on ways to deepen "
                                    + topic + " cooperation.";
                            paras.add(lead);
                        } else {
                            lead = cnCap(guest) + " and " + cn(host) + " held " + topic + " talks" + at + " " + dx
                                    + ", pledging to expand cooperation in a wide range of areas.";
                            paras.add(lead);
                            paras.add("The " + guest.adjective() + " delegation was led by " + objIntro(g, "head_of_delegation", host)
                                    + ", while the " + host.adjective() + " side was headed by " + objIntro(h, "host", guest) + ".");
                        }
                    }
                    event("talks", d, city, host, allParties, true, s.mainKey());
                }
            }
            Person ra = g;
            Person rb = named(h) ? h : g;
            List<Person> guestSide = s.guestSide;

            // attendance of further officials
            if (s.amb != null && (first || chance(0.5))) {
                paras.add(pick("Also present was ", "Also attending was ") + objIntro(s.amb, "participant", host) + ".");
            }

            // policy talk
            int fillers = 1 + r.nextInt(6) + (chance(0.2) ? 4 : 0); // some outlets write at length
            for (int i = 0; i < fillers; i++) {
                String p = fillerParagraph(ra, rb, guest, host, usedFiller);
                if (!p.isEmpty()) {
                    paras.add(p);
                }
                if (i == 0) {
                    agreementParagraphs(s, first, a, b, guest, host, g, h, paras);
                }
            }

            // at least ~1 KB of text
            while (paras.stream().mapToInt(String::length).sum() < 1000 && usedFiller.size() < FILLER.length - 3) {
                String p = fillerParagraph(ra, rb, guest, host, usedFiller);
                if (!p.isEmpty()) {
                    paras.add(p);
                }
            }

            // side events of the same story (same keys in every report that mentions them)
            if (s.side != null && !s.sideDate.isAfter(published) && (first || chance(0.6))) {
                if (s.side.equals("reception")) {
                    String guests = ref(ra) + (guestSide.size() > 1 && named(guestSide.get(1)) ? " and " + ref(guestSide.get(1)) : "");
                    paras.add(pick("Later on the day, ", "Later that day, ", "In the evening, ") + objIntro(s.sidePerson, "host", guest)
                            + " hosted a " + pick("reception", "welcome reception") + " for " + guests + ".");
                    event("reception", s.sideDate, city, host, pairParties, false, s.sideKey());
                } else {
                    boolean next = s.sideDate.isAfter(d);
                    paras.add((next ? "The following day, " : "On the same day, ") + ref(ra) + " paid a courtesy call on "
                            + objIntro(s.sidePerson, "participant", guest) + ".");
                    event("meeting", s.sideDate, city, host, pairParties, false, s.sideKey());
                }
            }

            if (chance(0.3)) {
                String p = nonOfficialParagraph(chance(0.5) ? a : b);
                if (p != null) {
                    paras.add(p);
                }
            }
            if (chance(0.5)) {
                String p = fillerParagraph(ra, rb, guest, host, usedFiller);
                if (!p.isEmpty()) {
                    paras.add(p);
                }
            }

            // assemble
            StringBuilder text = new StringBuilder();
            if (chance(0.6)) {
                text.append(capFirst(headline)).append("\n\n");
            }
            String firstPara = paras.get(0);
            String place = city != null ? city : (outlet.country() != null ? Country.byCode(outlet.country()).capital() : a.capital());
            // a report that leaves the venue out does not give it away in the dateline either
            if (!outlet.pressRelease() && chance(0.7) && !(omitCity && place.equals(s.city))) {
                String dl = place.toUpperCase(Locale.ROOT);
                if (chance(0.5)) {
                    dl = place + ", " + month(published) + " " + published.getDayOfMonth();
                }
                if (outlet.agency() != null && chance(0.6)) {
                    dl += " (" + outlet.agency() + ")";
                }
                firstPara = dl + " \u2014 " + firstPara;
            }
            text.append(firstPara);
            for (int i = 1; i < paras.size(); i++) {
                text.append("\n\n").append(paras.get(i));
            }
            text.append('\n');

            List<GoldOfficial> golds = new ArrayList<>();
            for (Official o : officials.values()) {
                Post post = o.post;
                golds.add(new GoldOfficial(o.p.key, o.name, o.p.country.code(), List.copyOf(o.titles), rank(o.p, post),
                        organization(o.p, post), List.copyOf(o.mentions), o.role));
            }
            GoldArticle gold = new GoldArticle(id, "texts/" + id + ".txt", outlet.name(), published.toString(),
                    List.copyOf(events), golds, List.copyOf(agreements), List.copyOf(topics));
            return new GeneratedArticle(id, text.toString(), published, outlet.name(), gold);
        }

        private String docTitle(PoolDoc doc) {
            return doc.title().contains("%s") ? String.format(doc.title(), def) : doc.title();
        }

        private void agreementParagraphs(Story s, boolean first, Country a, Country b, Country guest, Country host, Person g,
                Person h, List<String> paras) {
            List<String> ps = parties(a, b);
            String pair = s.pair();
            boolean defence = g.track == Track.DEFENCE || g.track == Track.MILITARY;
            List<String> orgs = List.of(organization(g, g.postAt(published)) + " (" + guest.code() + ")",
                    organization(h, h.postAt(published)) + " (" + host.code() + ")");
            s.signed.forEach(x -> usedSubjects.add(x.subject().key()));
            if (s.planned != null) {
                usedSubjects.add(s.planned.subject().key());
            }
            if (!s.signed.isEmpty() && (first || chance(0.75))) {
                List<String> phrases = new ArrayList<>();
                for (Signed x : s.signed) {
                    agreement(x.key(), x.kind(), subjectText(x.subject()), ps, orgs, s.d.toString(), "signed_in_this_event");
                    phrases.add(kindPhrase(x.kind(), true) + " on " + subjectText(x.subject()));
                }
                String what = String.join(" and ", phrases);
                String who = defence ? "the two " + def.toLowerCase(Locale.ROOT) + " ministries" : "the two sides";
                int form = r.nextInt(3);
                if (form == 1 && !(named(g) && named(h))) {
                    form = 0;
                }
                paras.add(switch (form) {
                    case 0 -> "On this occasion, " + who + " signed " + what + ".";
                    case 1 -> "Following the talks, " + ref(g) + " and " + ref(h) + " witnessed the signing of " + what + ".";
                    default -> capFirst(who) + " also signed " + what + ".";
                });
            }
            if (chance(0.45)) {
                List<PoolDoc> docs = new ArrayList<>();
                for (PoolDoc doc : pairDocuments(pair)) {
                    if (!usedSubjects.contains(doc.subject().key())) {
                        docs.add(doc);
                    }
                }
                if (!docs.isEmpty()) {
                    PoolDoc doc = pick(docs);
                    usedSubjects.add(doc.subject().key());
                    String subject = doc.title() != null ? docTitle(doc) : subjectText(doc.subject());
                    agreement(doc.key(pair), doc.kind(), subject, ps, List.of(), String.valueOf(doc.year()), "referenced");
                    String name;
                    if (doc.title() != null) {
                        name = chance(0.5) ? "the " + doc.year() + " " + subject : "the " + subject + " signed in " + doc.year();
                    } else {
                        String k = kindPhrase(doc.kind(), false);
                        name = switch (r.nextInt(3)) {
                            case 0 -> "the " + doc.year() + " " + k + " on " + subject;
                            case 1 -> "the " + k + " on " + subject + " signed in " + doc.year();
                            default -> "the " + k + " on " + subject + " that the two countries concluded in " + doc.year();
                        };
                    }
                    paras.add(switch (r.nextInt(5)) {
                        case 0 -> "Both sides reviewed the implementation of " + name + ".";
                        case 1 -> "They welcomed progress under " + name + ".";
                        case 2 -> "The officials noted the results achieved under " + name + ".";
                        case 3 -> "Both sides agreed to make full use of " + name + ", which they described as the framework"
                                + " for practical cooperation.";
                        default -> capFirst(name) + " remains the basis of the relationship, officials said.";
                    });
                }
            }
            if (s.planned != null && (first || chance(0.7))) {
                Signed x = s.planned;
                agreement(x.key(), x.kind(), subjectText(x.subject()), ps, List.of(), null, "planned");
                paras.add(pick("The two sides agreed to work towards signing ", "They also agreed to finalise ",
                        "Negotiations are under way on ") + kindPhrase(x.kind(), true) + " on " + subjectText(x.subject())
                        + pick(" at an early date.", " next year.", ", officials said."));
            }
        }

        private static String capFirst(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }
}
