package io.attache.extraction.officials;

import java.util.List;

/**
 * A run of capitalised name tokens [start, end) with the context read around it: honorific, rank and titles before
 * ("Deputy Minister ... Sen. Lieut. Gen Hoàng Xuân Chiến") or in apposition after ("KANO Koji, Vice-Minister of ...").
 */
final class NameRun {
    final int start;
    final int end;
    final List<String> units;
    String rank;
    String printedRank;
    boolean excellency;
    boolean nonOfficialContext;
    /** already turned into an official of its own (a mononym) */
    boolean used;
    final java.util.ArrayList<TitleRead> titles = new java.util.ArrayList<>();
    String titleCountry;
    /** "Ambassador to X": X */
    String awayFrom;
    /** token range covered by the titles (for excluding their countries from other reasoning) */
    int ctxStart;
    int ctxEnd;

    NameRun(int start, int end, List<String> units) {
        this.start = start;
        this.end = end;
        this.units = units;
        this.ctxStart = start;
        this.ctxEnd = end;
    }

    /** A title as read from the text: printed form, canonical form, organisation, token range. */
    record TitleRead(String printed, String canonical, String organization, int start, int end, boolean official) {
    }
}
