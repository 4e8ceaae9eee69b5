package io.attache.extraction.names;

import io.attache.extraction.text.Fold;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides family/given order and builds the identity key of a printed name.
 * Order cues, strongest first: a token in CAPITALS is the family name (Japanese/French government style); a Vietnamese,
 * Korean or Chinese surname in first position means family-first; romanised Japanese names are ordered by comparing how
 * "given-name-like" each token is; otherwise Western order (family name last).
 */
public final class NameParser {
    private NameParser() {
    }

    /**
     * @param units       printed name units ("Hoàng", "Xuân", "Chiến"; "Jae-myung"; "J.")
     * @param countryHint ISO code of the person's country if already known, else null
     */
    public static PersonName parse(List<String> units, String countryHint) {
        String printed = String.join(" ", units);
        List<String> folded = new ArrayList<>(units.size());
        StringBuilder display = new StringBuilder();
        for (String u : units) {
            folded.add(foldUnit(u));
            if (display.length() > 0) {
                display.append(' ');
            }
            display.append(isCapsWord(u) ? capitaliseParts(u) : u);
        }
        int n = folded.size();
        int familyIdx = n - 1;
        NameStyle style = NameStyle.WESTERN;
        int capsIdx = -1;
        int capsCount = 0;
        for (int i = 0; i < n; i++) {
            if (isCapsWord(units.get(i))) {
                capsIdx = i;
                capsCount++;
            }
        }
        String first = folded.get(0);
        boolean hyphenGiven = n >= 2 && units.get(n - 1).contains("-");
        if (n >= 2 && capsCount == 1 && capsCount < n) {
            familyIdx = capsIdx;
            style = allRomaji(folded) ? NameStyle.JAPANESE : NameStyle.WESTERN;
        } else if (n >= 2 && NameStyle.isVietnameseSurname(first)
                && (countryHint == null || "VN".equals(countryHint)) && (n >= 3 || "VN".equals(countryHint)
                || hasVietnameseMarks(printed))) {
            familyIdx = 0;
            style = NameStyle.VIETNAMESE;
        } else if (n >= 2 && n <= 3 && NameStyle.isKoreanSurname(first)
                && ("KR".equals(countryHint) || "KP".equals(countryHint) || (countryHint == null && hyphenGiven))) {
            familyIdx = 0;
            style = NameStyle.KOREAN;
        } else if (n >= 2 && n <= 3 && NameStyle.isChineseSurname(first)
                && ("CN".equals(countryHint) || "TW".equals(countryHint) || "SG".equals(countryHint)
                || "HK".equals(countryHint) || "MY".equals(countryHint))) {
            familyIdx = 0;
            style = NameStyle.CHINESE;
        } else if (n == 2 && "JP".equals(countryHint) && allRomaji(folded)) {
            style = NameStyle.JAPANESE;
            int s0 = NameStyle.japaneseGivenScore(folded.get(0));
            int s1 = NameStyle.japaneseGivenScore(folded.get(1));
            familyIdx = s1 > s0 ? 0 : 1;
        } else {
            // Western order; skip generational suffixes
            while (familyIdx > 0 && isSuffix(folded.get(familyIdx))) {
                familyIdx--;
            }
        }
        String family = n >= 2 ? folded.get(familyIdx) : null;
        List<String> givenParts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i != familyIdx || n < 2) {
                givenParts.add(folded.get(i));
            }
        }
        String given = String.join(" ", givenParts);
        List<String> parts = splitParts(folded);
        // generational suffixes are not part of the identity ("Gilberto Teodoro Jr." = "Gilberto Teodoro")
        if (parts.size() > 2) {
            parts.removeIf(NameParser::isSuffix);
        }
        List<String> sorted = new ArrayList<>(parts);
        sorted.sort(null);
        String key = String.join("-", sorted);
        String shortForm = style == NameStyle.VIETNAMESE ? folded.get(n - 1) : family;
        return new PersonName(printed, display.toString(), family, given, key, shortForm, style, parts);
    }

    /** The identity key alone (cheaper than a full parse): folded parts, sorted, joined by '-'. */
    public static String key(List<String> units) {
        List<String> folded = new ArrayList<>(units.size());
        for (String u : units) {
            folded.add(foldUnit(u));
        }
        List<String> parts = splitParts(folded);
        if (parts.size() > 2) {
            parts.removeIf(NameParser::isSuffix);
        }
        parts.sort(null);
        return String.join("-", parts);
    }

    /** Folded units split at hyphens and spaces ("jae-myung" -> "jae", "myung"). */
    private static List<String> splitParts(List<String> folded) {
        List<String> parts = new ArrayList<>(folded.size() + 2);
        for (String f : folded) {
            int st = 0;
            for (int i = 0; i <= f.length(); i++) {
                if (i == f.length() || f.charAt(i) == '-' || f.charAt(i) == ' ') {
                    if (i > st) {
                        parts.add(f.substring(st, i));
                    }
                    st = i + 1;
                }
            }
        }
        return parts;
    }

    /** "Jae-myung" -> "jae-myung", "O'Brien" -> "obrien", "J." -> "j". */
    static String foldUnit(String unit) {
        String f = Fold.fold(unit);
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '-') {
                b.append(c);
            }
        }
        return b.toString();
    }

    static boolean isCapsWord(String u) {
        int letters = 0;
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letters >= 2;
    }

    private static String capitaliseParts(String u) {
        StringBuilder b = new StringBuilder();
        boolean startOfPart = true;
        for (int i = 0; i < u.length(); i++) {
            char c = u.charAt(i);
            b.append(startOfPart ? Character.toUpperCase(c) : Character.toLowerCase(c));
            // Korean given names keep a lower-case second syllable ("Jae-myung"); apostrophes start a new part
            startOfPart = c == '\'' || c == '’';
        }
        return b.toString();
    }

    private static boolean allRomaji(List<String> folded) {
        for (String f : folded) {
            if (!NameStyle.isRomaji(f)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasVietnameseMarks(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'đ' || c == 'Đ' || (c >= 'ạ' && c <= 'ỹ') || c == 'ư' || c == 'ơ' || c == 'Ư' || c == 'Ơ'
                    || c == 'ă' || c == 'Ă') {
                return true;
            }
        }
        return false;
    }

    private static boolean isSuffix(String f) {
        return f.equals("jr") || f.equals("sr") || f.equals("ii") || f.equals("iii") || f.equals("iv");
    }
}
