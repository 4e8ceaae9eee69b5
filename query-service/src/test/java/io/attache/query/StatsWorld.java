package io.attache.query;

import io.attache.testing.Sql;
import java.time.LocalDate;

/**
 * The fixture of the stats tests: a few events and agreements of Bhutan (BT), Nauru (NR), Tuvalu (TV) and Kiribati
 * (KI) in 1987 and 1988, years no other fixture uses. Aggregates count everything in the shared, never-emptied
 * database, so exact counts need rows that do not pile up run after run: the ids are fixed (versioned by
 * {@link #P}; bump it when the fixture changes) and every insert is "on conflict do nothing".
 */
final class StatsWorld {
    static final String P = "stx1_";
    static final String FROM = "1987-01-01";
    static final String TO = "1987-12-31";

    static final String E1 = P + "e1"; // 1987-03-10 talks BT-NR          participants: NR, BT
    static final String E2 = P + "e2"; // 1987-03-20 visit BT-NR          NR
    static final String E3 = P + "e3"; // 1987-05-02 talks BT-NR-TV       NR, TV
    static final String E4 = P + "e4"; // 1987-07-15 summit NR-TV         NR, TV
    static final String E5 = P + "e5"; // 1987 (year only) meeting BT-KI  BT
    static final String A1 = P + "a1"; // 1987-03-20 MoU BT-NR at e2      signed by NR, BT
    static final String A2 = P + "a2"; // 1987-07-15 treaty NR-TV at e4   signed by NR, TV
    static final String A3 = P + "a3"; // 1988-02-01 agreement BT-NR      signed by BT
    static final String NR_OFFICIAL = P + "off_nr"; // "Aliki Stxnauru": 4 events, 2 agreements in 1987
    static final String BT_OFFICIAL = P + "off_bt"; // "Bhoja Stxbhutan": 2 events, 1 agreement in 1987
    static final String TV_OFFICIAL = P + "off_tv"; // "Copi Stxtuvalu": 2 events, 1 agreement in 1987

    private static boolean written;

    static synchronized void ensure() {
        if (written) {
            return;
        }
        official(NR_OFFICIAL, "Aliki Stxnauru", "NR");
        official(BT_OFFICIAL, "Bhoja Stxbhutan", "BT");
        official(TV_OFFICIAL, "Copi Stxtuvalu", "TV");
        event(E1, "talks", "1987-03-10", "DAY", "BT", "NR");
        event(E2, "visit", "1987-03-20", "DAY", "BT", "NR");
        event(E3, "talks", "1987-05-02", "DAY", "BT", "NR", "TV");
        event(E4, "summit", "1987-07-15", "DAY", "NR", "TV");
        event(E5, "meeting", "1987-01-01", "YEAR", "BT", "KI");
        participant(E1, NR_OFFICIAL);
        participant(E1, BT_OFFICIAL);
        participant(E2, NR_OFFICIAL);
        participant(E3, NR_OFFICIAL);
        participant(E3, TV_OFFICIAL);
        participant(E4, NR_OFFICIAL);
        participant(E4, TV_OFFICIAL);
        participant(E5, BT_OFFICIAL);
        agreement(A1, "memorandum_of_understanding", "1987-03-20", E2, "BT", "NR");
        agreement(A2, "treaty", "1987-07-15", E4, "NR", "TV");
        agreement(A3, "agreement", "1988-02-01", null, "BT", "NR");
        signatory(A1, NR_OFFICIAL);
        signatory(A1, BT_OFFICIAL);
        signatory(A2, NR_OFFICIAL);
        signatory(A2, TV_OFFICIAL);
        signatory(A3, BT_OFFICIAL);
        written = true;
    }

    private static void official(String id, String name, String country) {
        String ascii = name.toLowerCase();
        Sql.update("insert into official (id, identity_key, name, name_key, ascii_name, country, search_text) "
                + "values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing", id, country + ":" + id, name, id, ascii, country, ascii);
    }

    /** parties_key suffixed like StoreWorld's, so entity-service never resolves a real report into these. */
    private static void event(String id, String kind, String date, String precision, String... parties) {
        Sql.update("insert into event (id, kind, date, date_precision, parties_key) values (?, ?, ?, ?, ?) "
                + "on conflict do nothing", id, kind, LocalDate.parse(date), precision, String.join("-", parties) + "#" + id);
        for (String p : parties) {
            Sql.update("insert into event_party (event_id, country) values (?, ?) on conflict do nothing", id, p);
        }
    }

    private static void participant(String event, String official) {
        Sql.update("insert into event_participant (event_id, official_id, role) values (?, ?, 'participant') "
                + "on conflict do nothing", event, official);
    }

    private static void agreement(String id, String kind, String date, String event, String... parties) {
        Sql.update("insert into agreement (id, identity_key, kind, subject, subject_key, parties_key, date, date_precision, "
                + "status, event_id) values (?, ?, ?, ?, ?, ?, ?, 'DAY', 'signed_in_this_event', ?) on conflict do nothing",
                id, kind + ":" + id, kind, "stats fixture " + id, id, String.join("-", parties) + "#" + id,
                LocalDate.parse(date), event);
        for (String p : parties) {
            Sql.update("insert into agreement_party (agreement_id, country) values (?, ?) on conflict do nothing", id, p);
        }
    }

    private static void signatory(String agreement, String official) {
        Sql.update("insert into agreement_signatory (agreement_id, official_id) values (?, ?) on conflict do nothing",
                agreement, official);
    }

    private StatsWorld() {
    }
}
