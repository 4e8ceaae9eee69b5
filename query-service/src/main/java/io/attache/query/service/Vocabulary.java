package io.attache.query.service;

import java.util.Set;

/** The closed vocabularies the extraction engine writes into the store; filters outside them are client errors. */
public final class Vocabulary {
    private Vocabulary() {
    }

    public static final Set<String> EVENT_KINDS = Set.of("talks", "consultation", "dialogue", "meeting", "reception",
            "visit", "signing", "phone_call", "summit", "conference");
    public static final Set<String> AGREEMENT_KINDS = Set.of("memorandum_of_understanding", "letter_of_intent",
            "agreement", "joint_statement", "joint_vision_statement", "action_plan", "treaty", "protocol", "other");
    public static final Set<String> AGREEMENT_STATUSES = Set.of("signed_in_this_event", "referenced", "planned");
    public static final Set<String> ORGANIZATION_KINDS = Set.of("ministry", "party", "parliament", "armed_forces",
            "alliance", "international_body", "government", "other");
    public static final Set<String> SEARCH_TYPES = Set.of("official", "organization", "event", "agreement");
}
