package io.attache.entity.resolution;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Decides whether a reported event is a stored one: the same meeting reported by several outlets, some without the
 * year, the city or the exact kind word. Pure function of the two descriptions, so every decision is explainable.
 */
public final class EventMatcher {
    public static final double THRESHOLD = 0.5;

    /** Kinds that outlets use for the same sit-down meeting. */
    private static final Set<String> MEETING_LIKE = Set.of("talks", "consultation", "dialogue", "meeting", "summit", "visit");

    /** What is known of an event: stored or newly reported. */
    public record Description(String kind, LocalDate date, String datePrecision, String city, Integer ordinal,
            String name, Set<String> participants) {
    }

    /** @param score null when the two cannot be the same event */
    public record Verdict(Double score, Map<String, Object> features) {
        public boolean matches() {
            return score != null && score >= THRESHOLD;
        }
    }

    private EventMatcher() {
    }

    /** "meeting" for the kinds outlets use interchangeably for one sit-down meeting, else the kind itself. */
    public static String kindFamily(String kind) {
        return MEETING_LIKE.contains(kind) ? "meeting" : kind;
    }

    /** Both descriptions have the same party set (the caller's blocking key). */
    public static Verdict compare(Description stored, Description reported) {
        Map<String, Object> features = new LinkedHashMap<>();
        double score = 0;

        if (stored.ordinal() != null && reported.ordinal() != null) {
            if (!stored.ordinal().equals(reported.ordinal())) {
                return reject(features, "ordinal", stored.ordinal() + " vs " + reported.ordinal());
            }
            score += 0.1;
            features.put("ordinal", "same");
        }

        if (Objects.equals(stored.kind(), reported.kind())) {
            score += 0.2;
            features.put("kind", "same");
        } else if (MEETING_LIKE.contains(stored.kind()) && MEETING_LIKE.contains(reported.kind())) {
            score += 0.1;
            features.put("kind", "compatible");
        } else {
            return reject(features, "kind", stored.kind() + " vs " + reported.kind());
        }

        if (stored.date() != null && reported.date() != null) {
            long days = Math.abs(ChronoUnit.DAYS.between(stored.date(), reported.date()));
            boolean precise = "DAY".equals(stored.datePrecision()) && "DAY".equals(reported.datePrecision());
            if (precise && days == 0) {
                score += 0.4;
                features.put("date", "same day");
            } else if (precise && days == 1) {
                score += 0.25; // time zones and next-day reports
                features.put("date", "one day apart");
            } else if (!precise && stored.date().getYear() == reported.date().getYear()
                    && stored.date().getMonthValue() == reported.date().getMonthValue()) {
                score += 0.15;
                features.put("date", "same month");
            } else {
                return reject(features, "date", stored.date() + " vs " + reported.date());
            }
        } else {
            features.put("date", "unknown on one side");
        }

        if (stored.city() != null && reported.city() != null) {
            if (!stored.city().equalsIgnoreCase(reported.city())) {
                return reject(features, "city", stored.city() + " vs " + reported.city());
            }
            score += 0.15;
            features.put("city", "same");
        }

        if (stored.name() != null && reported.name() != null && stored.name().equalsIgnoreCase(reported.name())) {
            score += 0.2;
            features.put("name", "same");
        }

        long shared = stored.participants().stream().filter(reported.participants()::contains).count();
        if (shared > 0) {
            score += Math.min(0.4, 0.2 * shared);
            features.put("sharedParticipants", shared);
        }
        features.put("score", Math.round(score * 1000) / 1000.0);
        return new Verdict(score, features);
    }

    private static Verdict reject(Map<String, Object> features, String feature, String why) {
        features.put(feature, "differs: " + why);
        return new Verdict(null, features);
    }
}
