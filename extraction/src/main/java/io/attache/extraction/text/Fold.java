package io.attache.extraction.text;

import java.text.Normalizer;

/**
 * ASCII folding for matching: diacritics removed, lower case. Printed forms are always kept elsewhere;
 * only comparisons use the folded form. Vietnamese đ/Đ has no decomposition, so it is mapped by hand.
 */
public final class Fold {
    private Fold() {
    }

    public static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return s.toLowerCase(java.util.Locale.ROOT);
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            switch (c) {
                case 'đ', 'Đ', 'ð', 'Ð' -> b.append('d');
                case 'ł', 'Ł' -> b.append('l');
                case 'ø', 'Ø' -> b.append('o');
                case 'æ', 'Æ' -> b.append("ae");
                case 'œ', 'Œ' -> b.append("oe");
                case 'ß' -> b.append("ss");
                case 'ı' -> b.append('i');
                case '’', '‘', 'ʼ' -> b.append('\'');
                case '–', '—', '‐', '‑' -> b.append('-');
                default -> b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** "KANO" -> "Kano", "JAE-MYUNG" -> "Jae-myung": normal capitalisation for a name token printed in capitals. */
    public static String capitalise(String word) {
        if (word.isEmpty()) {
            return word;
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
