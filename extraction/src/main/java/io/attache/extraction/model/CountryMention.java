package io.attache.extraction.model;

import java.util.List;

/** A country named in the text (by name, variant or demonym), ISO 3166-1 alpha-2. */
public record CountryMention(String code, List<Span> mentions) {
}
