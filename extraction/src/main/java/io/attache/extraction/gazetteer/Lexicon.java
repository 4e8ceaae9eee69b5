package io.attache.extraction.gazetteer;

import java.util.HashSet;
import java.util.Set;

/**
 * Word classes the official finder reasons with (all folded lower case). Titles are recognised as runs of these words
 * around a name; whether a title is a public office depends on its head word and on the organisation words in it.
 */
public final class Lexicon {
    private Lexicon() {
    }

    /** Head words that make a public office on their own ("Minister", "Ambassador"). */
    public static final Set<String> STRONG_HEADS = io.attache.extraction.text.Words.set("minister", "ministers", "secretary", "undersecretary",
            "president", "premier", "chancellor", "ambassador", "envoy", "consul", "attache", "senator", "congressman",
            "congresswoman", "lawmaker", "legislator", "parliamentarian", "mp", "governor", "mayor", "speaker", "king",
            "queen", "emperor", "empress", "sultan", "emir", "commissioner", "commandant", "councillor", "councilor",
            "taoiseach", "chargé", "charge", "viceroy", "ombudsman", "prosecutor", "admiral", "mantri");

    /** Head words that need a government organisation or a country in the title ("Chairwoman of the ... Alliance"). */
    public static final Set<String> WEAK_HEADS = io.attache.extraction.text.Words.set("chairman", "chairwoman", "chairperson", "chair", "director",
            "head", "chief", "commander", "advisor", "adviser", "counsellor", "counselor", "spokesperson", "spokesman",
            "spokeswoman", "representative", "delegate", "leader", "member", "officer", "official", "deputy",
            "coordinator", "administrator", "inspector", "auditor", "controller", "principal", "attorney",
            "solicitor", "justice", "judge", "vice-chairman", "vice-chairwoman", "counterpart", "counterparts");

    /** Words that qualify a head: "Senior Deputy", "Standing Vice". */
    public static final Set<String> MODIFIERS = io.attache.extraction.text.Words.set("deputy", "vice", "senior", "standing", "permanent", "first",
            "second", "third", "executive", "assistant", "acting", "special", "principal", "under", "chief", "prime",
            "state", "associate", "parliamentary", "junior", "high", "lord", "general", "co", "former", "incoming",
            "outgoing", "new", "top", "interim", "designate", "minister-designate", "elect", "vice-", "cabinet");

    /** Portfolio and institution words that appear inside titles ("of Foreign Affairs", "of National Defence"). */
    public static final Set<String> DOMAIN = io.attache.extraction.text.Words.set("foreign", "affairs", "defence", "defense", "national",
            "international", "external", "home", "interior", "internal", "finance", "economy", "economic", "trade",
            "industry", "commerce", "planning", "investment", "justice", "security", "public", "information",
            "communications", "health", "education", "labour", "labor", "culture", "sports", "tourism", "agriculture",
            "environment", "energy", "transport", "science", "technology", "policy", "policies", "cooperation",
            "relations", "state", "general", "staff", "armed", "army", "navy", "naval", "air", "military", "political",
            "homeland", "veterans", "legal", "budget", "treasury", "intelligence", "coast", "police", "maritime",
            "strategic", "development", "resources", "natural", "fisheries", "marine", "digital", "overseas",
            "central", "federal", "joint", "people", "peoples", "republic", "friendship", "relief", "disaster",
            "emergency", "immigration", "social", "welfare", "women", "children", "youth", "ethnic", "religious",
            "asian", "european", "american", "pacific", "oceanian", "african", "americas", "regional", "bilateral",
            "multilateral", "consular", "protocol", "region", "southeast", "northeast", "east", "west", "north", "south",
            "indo", "operations", "logistics", "personnel", "training", "procurement", "acquisition", "capability",
            "industrial", "equipment", "technology", "technologies", "mission", "permanent", "standing", "gender",
            "peace", "unification", "reunification", "prime", "minister", "ministers", "office", "affair", "war",
            "labor", "veterans", "commerce", "culture", "communication", "construction", "housing", "industry",
            "trade", "tourism", "works", "planning", "natural", "resources", "ethnic", "minorities", "climate",
            "infrastructure", "statistics", "press", "raksha", "videsh", "rajya", "armed", "federal", "europe",
            "cabinet", "presidential", "secretariat", "chiefs");

    /** Words that end an organisation name ("... Party", "... Alliance", "Ministry ..."). */
    public static final Set<String> ORG_WORDS = io.attache.extraction.text.Words.set("ministry", "department", "bureau", "office", "secretariat",
            "agency", "commission", "committee", "council", "parliament", "assembly", "congress", "senate", "house",
            "party", "alliance", "union", "association", "league", "group", "caucus", "forces", "force", "army", "navy",
            "command", "government", "cabinet", "embassy", "consulate", "mission", "administration", "guard", "police",
            "coalition", "federation", "organisation", "organization", "partnership", "front", "court", "tribunal",
            "authority", "service", "services", "directorate", "division", "staff", "academy", "headquarters",
            "diet", "politburo", "secretariat", "delegation", "institute", "centre", "center", "corps", "fleet",
            "region", "zone", "province", "prefecture", "state", "republic");

    /** People with these heads are not officials (sport, business, media, academia). */
    public static final Set<String> NON_OFFICIAL = io.attache.extraction.text.Words.set("coach", "player", "striker", "midfielder", "defender",
            "goalkeeper", "forward", "ceo", "cfo", "coo", "cto", "founder", "co-founder", "executive", "analyst",
            "professor", "researcher", "scholar", "fellow", "journalist", "reporter", "correspondent", "editor",
            "author", "writer", "columnist", "economist", "actor", "actress", "singer", "artist", "businessman",
            "businesswoman", "entrepreneur", "investor", "lawyer", "student", "teacher", "referee", "athlete",
            "champion", "owner", "manager", "captain", "footballer", "boxer", "golfer", "tennis", "musician",
            "designer", "chef", "model", "influencer", "historian", "expert", "commentator", "pundit", "photographer",
            "novelist", "poet", "director-general-elect");

    /** Organisation words that mark a company, club, school or media house, not government. */
    public static final Set<String> COMPANY_MARKERS = io.attache.extraction.text.Words.set("corp", "corporation", "inc", "ltd", "llc", "plc", "co",
            "company", "holdings", "airlines", "airways", "motors", "electronics", "electric", "industries",
            "technologies", "tech", "fc", "club", "team", "university", "college", "school", "media", "news", "times",
            "post", "television", "tv", "newspaper", "magazine", "bank", "group", "foundation", "institute", "studio",
            "studios", "league", "federation", "sports", "football", "soccer", "cup", "brands", "capital", "ventures",
            "partners", "consulting", "energy", "motor", "pharma", "pharmaceuticals", "systems", "solutions",
            "think-tank", "tank", "hospital", "restaurant");

    /** Organisation/government words that make a weak head an office ("Director-General of the ... Bureau"). */
    public static final Set<String> GOV_MARKERS = io.attache.extraction.text.Words.set("ministry", "minister", "government", "parliament",
            "parliamentary", "assembly", "congress", "senate", "party", "cabinet", "department", "bureau",
            "alliance", "council", "committee", "commission", "agency", "embassy", "consulate", "mission", "military",
            "army", "navy", "forces", "force", "defence", "defense", "foreign", "security", "police", "state",
            "national", "federal", "secretariat", "diet", "politburo", "command", "staff", "guard", "republic",
            "people's", "people", "province", "prefecture", "municipal", "city", "ministerial", "delegation",
            "office", "administration", "affairs", "public", "presidential", "presidium", "union", "nations");

    public static final Set<String> CONNECTORS = io.attache.extraction.text.Words.set("of", "for", "the", "and", "to", "on", "in", "at", "&");

    public static final Set<String> HONORIFICS = io.attache.extraction.text.Words.set("mr", "mrs", "ms", "miss", "dr", "madam", "madame", "mme",
            "sir", "dame", "hon", "honourable", "honorable", "excellency", "his", "her", "shri", "smt", "sri", "tun",
            "datuk", "dato", "seri", "pak", "ibu", "bapak", "sheikh", "prof", "professor", "herr",
            "frau", "mx", "rt");

    /** Capitalised function words and other capitalised non-name words. */
    public static final Set<String> NOT_NAMES = new HashSet<>(io.attache.extraction.text.Words.set("the", "a", "an", "on", "in", "at", "during",
            "later", "both", "they", "it", "its", "this", "that", "these", "those", "he", "she", "his", "her", "we",
            "our", "after", "before", "while", "and", "but", "however", "meanwhile", "according", "also", "as", "at",
            "by", "for", "from", "with", "to", "of", "under", "over", "since", "when", "where", "which", "who", "whom",
            "there", "here", "then", "thus", "i", "you", "their", "them", "his", "hers", "speaking", "addressing",
            "representing", "against", "amid", "among", "following", "regarding", "talking", "noting", "stressing",
            "welcoming", "highlighting", "discussions", "topics", "both", "two", "each", "all", "some", "many",
            "other", "another", "such", "if", "although", "though", "because", "so", "yet", "not", "no", "one",
            "being", "having", "mrs", "mr", "ms", "dr", "h", "e", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "feb", "apr", "jul",
            "aug", "sept", "oct", "nov", "today", "yesterday", "tomorrow", "earlier", "last", "next",
            "photo", "source", "via", "read", "more", "update", "updated", "new", "news", "vna", "vns", "via",
            "strategic", "comprehensive", "vice-ministerial", "ministerial", "consultation", "dialogue", "talks",
            "summit", "meeting", "conference", "forum", "memorandum", "letter", "intent", "understanding",
            "agreement", "treaty", "protocol", "statement", "declaration", "plan", "action", "sea", "ocean", "strait",
            "peninsula", "outlook", "indo-pacific", "asia", "europe", "africa", "free", "open", "official",
            "assistance", "prosperity", "peace", "world", "partnership", "cooperation", "during", "upon", "within",
            "into", "about", "between", "toward", "towards", "despite", "via", "what", "why", "how", "said", "says",
            "added", "noted", "affirmed", "agreed", "asean", "un", "eu", "nato", "quad", "ministry", "embassy",
            "northern", "southern", "eastern", "western", "central", "global", "regional", "international",
            "economic", "security", "cabinet", "mofa", "mod", "osa", "foip", "aoip", "sar", "hadr", "pm", "fm",
            "am", "gmt", "utc", "ict", "jst", "vnd", "usd", "ceo", "dprk", "prc", "excellency", "honourable", "his",
            "her", "prime", "president", "chairman", "chairwoman", "premier"));

    static {
        NOT_NAMES.addAll(STRONG_HEADS);
        NOT_NAMES.addAll(WEAK_HEADS);
        NOT_NAMES.addAll(MODIFIERS);
        NOT_NAMES.addAll(DOMAIN);
        NOT_NAMES.addAll(ORG_WORDS);
        NOT_NAMES.addAll(CONNECTORS);
        NOT_NAMES.addAll(NON_OFFICIAL);
    }

    /** Compound titles ending in "General" that are not the rank "General" ("Director-General", "Secretary General"). */
    public static final Set<String> GENERAL_COMPOUNDS = io.attache.extraction.text.Words.set("director", "secretary", "attorney", "solicitor",
            "governor", "consul", "inspector", "auditor", "surgeon", "adjutant", "procurator", "prosecutor",
            "accountant", "comptroller", "postmaster", "advocate", "vicar", "commissioner");

    public static boolean isHead(String fold) {
        return STRONG_HEADS.contains(fold) || WEAK_HEADS.contains(fold);
    }

    public static boolean isTitleWord(String fold) {
        return STRONG_HEADS.contains(fold) || WEAK_HEADS.contains(fold) || MODIFIERS.contains(fold)
                || DOMAIN.contains(fold) || ORG_WORDS.contains(fold);
    }
}
