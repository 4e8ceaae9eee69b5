package io.attache.extraction.names;

import java.util.List;

/**
 * A parsed personal name.
 *
 * @param printed   as printed, honorifics and rank removed ("KANO Koji")
 * @param display   normal capitalisation, printed order ("Kano Koji")
 * @param family    folded family name or null
 * @param given     folded given name(s)
 * @param key       order-insensitive key: folded parts sorted, joined by '-'
 * @param shortForm folded token a later bare reference uses ("chien" for a Vietnamese name, the family name otherwise)
 * @param parts     folded parts (hyphenated parts split), in printed order
 */
public record PersonName(String printed, String display, String family, String given, String key, String shortForm,
        NameStyle style, List<String> parts) {
}
