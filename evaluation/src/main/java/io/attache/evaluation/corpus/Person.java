package io.attache.evaluation.corpus;

import io.attache.evaluation.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A fictional official with a two-step career (promotion on {@link #promotion}); pools are fixed per country, so the
 * same person recurs across articles with the same {@link #key}.
 */
final class Person {

    enum Track { DEFENCE, FOREIGN, MILITARY, NAVY, HEAD, DEPUTY_HEAD, ENVOY, SECURITY }

    enum Post { DEF_MIN, DEF_DEP, FM, FM_DEP, MIL_CHIEF, MIL_DEP, NAVY_CHIEF, NAVY_DEP, HOG, DPM, AMB, NSA }

    static final Set<String> FEMALE = Set.of("Lan", "Hương", "Haruka", "Yumiko", "Keiko", "Tomoko", "Seo-yeon", "Eun-ji",
            "Hye-jin", "Priya", "Meera", "Kavita", "Maria", "Carmelita", "Teresita", "Lourdes", "Sarah", "Emily", "Rachel",
            "Catherine", "Laura", "Jennifer", "Elizabeth", "Megan", "Rebecca", "Allison", "Charlotte", "Victoria",
            "Eleanor", "Imogen", "Alice", "Claire", "Camille", "Élodie", "Hélène", "Katrin", "Anja", "Sabine", "Ulrike",
            "Dewi", "Siti", "Nurul", "Faridah", "Aminah", "Hui", "Siew", "Li", "Wanida", "Pornthip", "Aroha", "Grace",
            "Holly", "Ruth", "Isabelle", "Nathalie", "Geneviève", "Giulia", "Francesca", "Chiara", "Katarzyna",
            "Agnieszka", "Magdalena", "Sanne", "Femke", "Lotte", "Anna", "Karin", "Ingrid", "Vilay", "Bounthavy",
            "Chanthou", "Pisey", "Ana", "Fernanda", "Beatriz", "Lucía", "Marta", "Elena");

    final Country country;
    final String family;
    final String given;
    final String middle;
    final Track track;
    final LocalDate promotion;
    final String key;

    Person(Country country, String family, String given, String middle, Track track, LocalDate promotion) {
        this.country = country;
        this.family = family;
        this.given = given;
        this.middle = middle;
        this.track = track;
        this.promotion = promotion;
        this.key = "P:" + country.code() + ":" + String.join("-", Normalizer.tokens(canonicalName()));
    }

    boolean female() {
        return FEMALE.contains(given) || (middle != null && middle.equals("Thị"));
    }

    /** Family-first for East Asian styles, given-first otherwise; diacritics kept. */
    String canonicalName() {
        return switch (country.style()) {
            case VIETNAMESE -> family + " " + middle + " " + given;
            case JAPANESE, KOREAN, KHMER -> family + " " + given;
            case CHINESE -> family + " " + given + " " + middle;
            case GIVEN_REF, WESTERN -> given + (middle == null ? "" : " " + middle) + " " + family;
        };
    }

    Post postAt(LocalDate d) {
        boolean senior = !d.isBefore(promotion);
        return switch (track) {
            case DEFENCE -> senior ? Post.DEF_MIN : Post.DEF_DEP;
            case FOREIGN -> senior ? Post.FM : Post.FM_DEP;
            case MILITARY -> senior ? Post.MIL_CHIEF : Post.MIL_DEP;
            case NAVY -> senior ? Post.NAVY_CHIEF : Post.NAVY_DEP;
            case HEAD -> Post.HOG;
            case DEPUTY_HEAD -> Post.DPM;
            case ENVOY -> Post.AMB;
            case SECURITY -> Post.NSA;
        };
    }

    @Override
    public String toString() {
        return key;
    }

    // ------------------------------------------------------------------ pools

    private static final Track[] TRACKS = {Track.DEFENCE, Track.DEFENCE, Track.DEFENCE, Track.FOREIGN, Track.FOREIGN,
            Track.FOREIGN, Track.MILITARY, Track.MILITARY, Track.NAVY, Track.HEAD, Track.DEPUTY_HEAD, Track.ENVOY, Track.ENVOY,
            Track.SECURITY};

    /** The fixed pool of a country: independent of any article seed. */
    static List<Person> pool(Country c) {
        Random r = new Random(("pool:" + c.code()).hashCode());
        List<Person> out = new ArrayList<>();
        Set<String> families = new java.util.HashSet<>();
        Set<String> refs = new java.util.HashSet<>();
        Set<String> names = new java.util.HashSet<>();
        int guard = 0;
        while (out.size() < TRACKS.length && guard++ < 10_000) {
            String family = c.families().get(r.nextInt(c.families().size()));
            String given = c.givens().get(r.nextInt(c.givens().size()));
            String middle = switch (c.style()) {
                case VIETNAMESE, CHINESE -> c.middles().get(r.nextInt(c.middles().size()));
                case WESTERN -> !c.middles().isEmpty() && r.nextInt(3) == 0 ? c.middles().get(r.nextInt(c.middles().size())) : null;
                default -> null;
            };
            // back-reference token must be unique in the pool (family for most styles, given for VN/Thai/Lao)
            String ref = switch (c.style()) {
                case VIETNAMESE, GIVEN_REF -> given;
                default -> family;
            };
            boolean familyClash = c.style() != NameStyle.VIETNAMESE && families.contains(family);
            if (familyClash || refs.contains(ref) || c.families().contains(given) || c.givens().contains(family)) {
                if (guard < 5_000) {
                    continue;
                }
            }
            if (c.style() == NameStyle.VIETNAMESE && given.equals(family)) {
                continue;
            }
            String full = family + "|" + given + "|" + middle;
            if (!names.add(full)) {
                continue;
            }
            families.add(family);
            refs.add(ref);
            LocalDate promo = LocalDate.of(2023, 6, 1).plusDays(r.nextInt(3 * 365));
            out.add(new Person(c, family, given, middle, TRACKS[out.size()], promo));
        }
        addNamesakes(c, r, out, refs, names);
        return out;
    }

    /**
     * A few deliberate namesakes: in Viet Nam, Korea, Japan and India a second official who shares the family name of
     * one already in the pool (a different person, a different key), and officials named Lim (Korea, Singapore) and Rahman
     * (Indonesia, Malaysia), so that the same family name also occurs in two countries. The generator never names two of them in one article.
     */
    private static void addNamesakes(Country c, Random r, List<Person> out, Set<String> refs, Set<String> names) {
        List<String> families = new ArrayList<>();
        Track[] tracks;
        switch (c.code()) {
            case "VN", "IN" -> {
                families.add(out.get(0).family);
                families.add(out.get(3).family);
                tracks = new Track[] {Track.FOREIGN, Track.DEFENCE};
            }
            case "KR" -> {
                families.add(out.get(0).family);
                families.add("Lim");
                tracks = new Track[] {Track.FOREIGN, Track.DEFENCE};
            }
            case "ID", "MY" -> {
                families.add("Rahman");
                tracks = new Track[] {Track.DEFENCE};
            }
            case "JP" -> {
                families.add(out.get(3).family);
                tracks = new Track[] {Track.DEFENCE};
            }
            case "SG" -> {
                families.add("Lim");
                tracks = new Track[] {Track.DEFENCE};
            }
            default -> {
                return;
            }
        }
        for (int i = 0; i < families.size(); i++) {
            String family = families.get(i);
            for (int guard = 0; guard < 1000; guard++) {
                String given = c.givens().get(r.nextInt(c.givens().size()));
                String middle = switch (c.style()) {
                    case VIETNAMESE, CHINESE -> c.middles().get(r.nextInt(c.middles().size()));
                    case WESTERN -> !c.middles().isEmpty() && r.nextInt(3) == 0 ? c.middles().get(r.nextInt(c.middles().size())) : null;
                    default -> null;
                };
                // a VN namesake needs its own given name (the back-reference); others differ by given name
                boolean clash = c.style() == NameStyle.VIETNAMESE ? refs.contains(given) : false;
                for (Person p : out) {
                    clash |= p.family.equals(family) && p.given.equals(given);
                }
                if (clash || given.equals(family) || !names.add(family + "|" + given + "|" + middle)) {
                    continue;
                }
                if (c.style() == NameStyle.VIETNAMESE) {
                    refs.add(given);
                }
                LocalDate promo = LocalDate.of(2023, 6, 1).plusDays(r.nextInt(3 * 365));
                out.add(new Person(c, family, given, middle, tracks[i], promo));
                break;
            }
        }
    }
}
