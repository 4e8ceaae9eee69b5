package io.attache.extraction.text;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** Word lists: like Set.of but tolerant of repeated entries (lists are edited by hand). */
public final class Words {
    private Words() {
    }

    public static Set<String> set(String... words) {
        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
    }
}
