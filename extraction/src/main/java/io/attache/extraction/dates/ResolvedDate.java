package io.attache.extraction.dates;

import io.attache.extraction.model.DatePrecision;
import java.time.LocalDate;

/** A date found in the text with its precision and the tokens [tokStart, tokEnd) it was read from. */
public record ResolvedDate(LocalDate date, DatePrecision precision, int tokStart, int tokEnd, boolean relative) {
}
