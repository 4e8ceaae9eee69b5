package io.attache.query.rest;

import io.attache.query.service.SearchTerms;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Parsing of query and path parameters. Parameters arrive as strings so that every bad value becomes a 400 problem
 * naming the parameter, rather than the framework's anonymous 404 for an unconvertible value.
 */
final class QueryParams {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_QUERY_LENGTH = 200;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> COUNTRIES = new TreeSet<>(Set.of(Locale.getISOCountries()));

    static {
        COUNTRIES.add("XK"); // Kosovo: user-assigned, but what news and governments use
    }

    private QueryParams() {
    }

    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterProblem("limit", "limit '" + value + "' is not a whole number");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameterProblem("limit", "limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        return limit;
    }

    /** ISO 3166-1 alpha-2, any case; null when absent. */
    static String country(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.trim().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new InvalidParameterProblem(name, name + " '" + value + "' is not an ISO 3166-1 alpha-2 country code "
                    + "such as VN or JP");
        }
        return code;
    }

    static String requiredCountry(String value, String name) {
        String code = country(value, name);
        if (code == null) {
            throw new InvalidParameterProblem(name, name + " is required");
        }
        return code;
    }

    static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (!DATE.matcher(value.trim()).matches()) {
                throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
            }
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterProblem(name, name + " '" + value + "' is not a date in the form YYYY-MM-DD");
        }
    }

    static void range(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidParameterProblem("to", "to (" + to + ") is before from (" + from + ")");
        }
    }

    static String oneOf(String value, Set<String> allowed, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw new InvalidParameterProblem(name, name + " '" + value + "' is not one of " + new TreeSet<>(allowed));
        }
        return v;
    }

    /** Search text; null when absent; a text with nothing to search for is an error rather than "everything". */
    static SearchTerms q(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_QUERY_LENGTH) {
            throw new InvalidParameterProblem("q", "q is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        SearchTerms terms = SearchTerms.parse(value);
        if (terms == null) {
            throw new InvalidParameterProblem("q", "q '" + value + "' has no letter or digit to search for");
        }
        return terms;
    }

    static SearchTerms requiredQ(String value) {
        SearchTerms terms = q(value);
        if (terms == null) {
            throw new InvalidParameterProblem("q", "q is required");
        }
        return terms;
    }

    static String id(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static String cursor(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
