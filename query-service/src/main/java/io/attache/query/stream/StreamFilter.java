package io.attache.query.stream;

import io.attache.contracts.ChangeEvent;
import io.attache.contracts.EventTypes;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * Which changes a subscriber wants. {@code types} holds entity kinds ("official") or full types ("official.created");
 * empty means all. {@code country} matches a change whose payload names it in country, countries or parties.
 */
public record StreamFilter(Set<String> types, String country) {

    public boolean accepts(ChangeEvent change) {
        if (!types.isEmpty() && !types.contains(change.type()) && !types.contains(EventTypes.entityKind(change.type()))) {
            return false;
        }
        if (country == null) {
            return true;
        }
        Object single = change.payload().get("country");
        if (single instanceof String s && s.toUpperCase(Locale.ROOT).equals(country)) {
            return true;
        }
        return contains(change.payload().get("countries")) || contains(change.payload().get("parties"));
    }

    private boolean contains(Object list) {
        return list instanceof Collection<?> c && c.stream().anyMatch(v -> country.equals(String.valueOf(v)));
    }
}
