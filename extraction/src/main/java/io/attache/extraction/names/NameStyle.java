package io.attache.extraction.names;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses the naming tradition of a name from its tokens. The tradition decides which token is the family name and
 * which short form a later back-reference uses (Vietnamese: the last token, the given name; others: the family name).
 * Surname lists cover the common surnames of each tradition; they describe populations, not particular people.
 */
public enum NameStyle {
    VIETNAMESE, KOREAN, CHINESE, JAPANESE, WESTERN;

    private static final Set<String> VN = io.attache.extraction.text.Words.set("nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo",
            "dang", "bui", "do", "ho", "ngo", "duong", "ly", "dinh", "truong", "doan", "lam", "trinh", "mai", "luong",
            "cao", "dao", "ha", "ta", "thai", "chu", "luu", "quach", "to", "vuong", "kieu", "la", "khuat", "lai",
            "nghiem", "giang", "tong", "phung", "than", "tieu", "van", "ung", "trieu", "bach", "hua", "dieu");
    private static final Set<String> KR = io.attache.extraction.text.Words.set("kim", "lee", "yi", "rhee", "park", "pak", "choi", "choe", "jung",
            "chung", "jeong", "kang", "cho", "jo", "yoon", "yun", "jang", "chang", "lim", "im", "han", "oh", "seo", "suh",
            "shin", "kwon", "hwang", "ahn", "an", "song", "yoo", "yu", "hong", "jeon", "chun", "ko", "koh", "moon",
            "yang", "son", "bae", "baek", "paik", "heo", "hur", "nam", "noh", "roh", "ha", "kwak", "sung", "cha", "joo",
            "woo", "min", "ryu", "yoo", "na", "jin", "ji", "um", "chae", "won", "bang", "gong", "hyun", "ham", "byun",
            "yeom", "yeo", "chu", "seok", "sul", "gil", "wi", "pyo", "myung", "ki", "ban", "ra", "maeng", "tak", "kook",
            "shim", "sim", "kye", "lyu", "cheong", "choo", "wee");
    private static final Set<String> CN = io.attache.extraction.text.Words.set("wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang",
            "zhou", "wu", "xu", "sun", "hu", "zhu", "gao", "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng",
            "xie", "han", "tang", "feng", "yu", "dong", "xiao", "cheng", "cao", "yuan", "deng", "fu", "shen", "zeng",
            "peng", "lu", "su", "jiang", "cai", "jia", "ding", "wei", "xue", "ye", "yan", "pan", "du", "dai", "xia",
            "zhong", "tian", "ren", "fan", "fang", "shi", "yao", "tan", "liao", "zou", "xiong", "jin", "hao", "kong",
            "bai", "cui", "kang", "mao", "qiu", "qin", "gu", "hou", "shao", "meng", "long", "wan", "duan", "lei", "qian",
            "yin", "yi", "chang", "qiao", "lai", "gong", "wen", "xi", "zhai", "zhan", "geng", "bi", "chu", "ni",
            "lian", "niu", "rao", "ou", "ouyang", "sima", "situ",
            // Hokkien, Teochew, Cantonese and Hakka romanisations (Singapore, Malaysia, Hong Kong)
            "teo", "tan", "lim", "lee", "ng", "goh", "ong", "koh", "chua", "chan", "wong", "low", "toh", "yeo", "chia",
            "sim", "heng", "quek", "seah", "foo", "ang", "tay", "chong", "lau", "leong", "cheung", "yip", "tsang",
            "chow", "kwok", "lai", "tham", "khoo", "loh", "pang", "yong", "soh", "tee", "neo", "sng", "wee", "ho",
            "chee", "ling", "liew");

    /** Romanised Japanese: (consonant cluster)? vowel, or syllabic n; whole word. */
    private static final Pattern ROMAJI = Pattern.compile(
            "(?:(?:ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|[kgsztdnhbpmyrwjf])?[aiueo]|n)+");
    private static final String[] JP_GIVEN_ENDINGS = {"ro", "shi", "ji", "ki", "ya", "to", "suke", "hei", "hiko",
            "hiro", "nori", "yuki", "ko", "mi", "ka", "ru", "nao", "masa", "taka", "tomu", "mu", "o", "ichi", "aki",
            "yoshi", "kazu", "fumi", "ue", "na", "ri", "ho", "sa"};
    private static final String[] JP_FAMILY_ENDINGS = {"ta", "da", "mura", "moto", "kawa", "gawa", "yama", "zaki",
            "saki", "shima", "jima", "no", "be", "zu", "oka", "hara", "bata", "ishi", "ida", "uchi", "mori", "zawa",
            "sawa", "ki", "ma", "i", "chi", "ne", "gi", "da", "ba", "bu", "umi"};

    public static boolean isVietnameseSurname(String fold) {
        return VN.contains(fold);
    }

    public static boolean isKoreanSurname(String fold) {
        return KR.contains(fold);
    }

    public static boolean isChineseSurname(String fold) {
        return CN.contains(fold);
    }

    /** Hepburn syllables only ("wi", "ti", "si", "hu", "ye" and "f" before other than "u" never occur). */
    private static final Pattern HEPBURN = Pattern.compile(
            "(?:(?:ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|[kgsznhbpmr])?[aiueo]|[tdj][aeo]|chi|shi|tsu|ji|fu|[yw]a|y[uo]|wo|n)+");
    private static final String[] JP_STRONG_ENDINGS = {"mura", "moto", "kawa", "gawa", "yama", "zaki", "saki",
            "shima", "jima", "oka", "hara", "bata", "uchi", "mori", "zawa", "sawa", "guchi", "kubo", "tani", "naka",
            "shi", "suke", "hiko", "hiro", "nori", "yuki", "ichi", "kazu", "taka", "masa", "haru", "tsu", "ko", "ya"};

    /**
     * A two-part name that is unmistakably Japanese: every part in Hepburn syllables, and at least one part with a
     * typical Japanese family or given-name ending ("Nishimura", "Ishikawa", "Kazuya", "Hiroshi"). Stricter than
     * {@link #isRomaji}: used when the name alone must carry the country.
     */
    public static boolean isStronglyJapanese(java.util.List<String> folds) {
        if (folds.size() != 2) {
            return false;
        }
        boolean ending = false;
        for (String f : folds) {
            if (f.length() < 3 || !HEPBURN.matcher(f).matches()) {
                return false;
            }
            for (String e : JP_STRONG_ENDINGS) {
                if (f.length() > e.length() + 1 && f.endsWith(e)) {
                    ending = true;
                }
            }
        }
        return ending;
    }

    public static boolean isRomaji(String fold) {
        return fold.length() >= 2 && ROMAJI.matcher(fold).matches();
    }

    /** How much a romaji word looks like a Japanese given name rather than a family name (higher = given). */
    static int japaneseGivenScore(String fold) {
        int score = 0;
        for (String e : JP_GIVEN_ENDINGS) {
            if (fold.endsWith(e)) {
                score = Math.max(score, e.length() + 1);
            }
        }
        for (String e : JP_FAMILY_ENDINGS) {
            if (fold.endsWith(e)) {
                score = Math.min(score, score - e.length());
            }
        }
        return score;
    }
}
