package io.attache.evaluation.corpus;

/** How a country's names are built and referred back to. */
enum NameStyle {
    /** Family Middle Given, diacritics; back-reference by the given name ("Chiến"). */
    VIETNAMESE,
    /** Family Given; printed family-first, given-first or with the family name in capitals; back-reference by family name. */
    JAPANESE,
    /** Family Given-name (hyphenated); back-reference by family name. */
    KOREAN,
    /** Family Given Given (Singapore Chinese); back-reference by family name. */
    CHINESE,
    /** Family Given (Khmer); no short back-reference. */
    KHMER,
    /** Given Family; back-reference by the given name (Thai, Lao usage). */
    GIVEN_REF,
    /** Given [Middle] Family; back-reference by family name. */
    WESTERN
}
