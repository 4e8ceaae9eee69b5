package io.attache.extraction.events;

import io.attache.extraction.text.Doc;
import io.attache.extraction.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Words that report a meeting and the event kind they imply. Nouns ("consultation", "reception") name the kind;
 * verbs ("met", "received", "hosted") only say a meeting happened. Priority decides between several in one sentence:
 * the more specific kind wins ("paid a visit ... and held talks" -> talks; "hosted a reception" -> reception).
 */
public final class EventTriggers {
    private EventTriggers() {
    }

    public record Trigger(int tok, int end, String kind, int priority, boolean capitalised) {
    }

    private static final Map<String, String> SINGLE = Map.ofEntries(
            Map.entry("consultation", "consultation"), Map.entry("consultations", "consultation"),
            Map.entry("talks", "talks"), Map.entry("dialogue", "dialogue"), Map.entry("meeting", "meeting"),
            Map.entry("meetings", "meeting"),
            Map.entry("met", "meeting"), Map.entry("meets", "meeting"), Map.entry("reception", "reception"),
            Map.entry("banquet", "reception"), Map.entry("luncheon", "reception"), Map.entry("dinner", "reception"),
            Map.entry("gala", "reception"), Map.entry("visit", "visit"), Map.entry("visits", "visit"),
            Map.entry("visited", "visit"), Map.entry("visiting", "visit"), Map.entry("summit", "summit"),
            Map.entry("conference", "conference"), Map.entry("forum", "conference"),
            Map.entry("symposium", "conference"), Map.entry("received", "meeting"), Map.entry("receives", "meeting"),
            Map.entry("hosted", "meeting"), Map.entry("hosts", "meeting"), Map.entry("welcomed", "meeting"),
            Map.entry("convened", "meeting"), Map.entry("co-chaired", "meeting"));

    private static final Map<String, Integer> PRIORITY = new java.util.HashMap<>(Map.of("consultation", 9, "dialogue", 8, "summit", 8,
            "conference", 7, "talks", 7, "phone_call", 8, "visit", 5, "reception", 6, "meeting", 3, "signing", 2));

    public static int priority(String kind) {
        Integer p = PRIORITY.get(kind);
        return p == null ? 0 : p;
    }

    public static List<Trigger> inRange(Doc doc, int from, int to) {
        List<Trigger> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Token t = doc.tok(i);
            if (!t.word) {
                continue;
            }
            String f = t.fold;
            String next = i + 1 < to ? doc.tok(i + 1).fold : "";
            String next2 = i + 2 < to ? doc.tok(i + 2).fold : "";
            if ((f.equals("phone") || f.equals("telephone")) && (next.equals("call") || next.equals("conversation")
                    || next.equals("talks") || next.equals("calls"))) {
                out.add(new Trigger(i, i + 2, "phone_call", priority("phone_call"), t.cap));
                i++;
                continue;
            }
            if ((f.equals("spoke") || f.equals("talked")) && (next.equals("by") || next.equals("over"))
                    && (next2.equals("phone") || next2.equals("telephone"))) {
                out.add(new Trigger(i, i + 3, "phone_call", priority("phone_call"), false));
                i += 2;
                continue;
            }
            if (f.equals("signing") && next.equals("ceremony")) {
                out.add(new Trigger(i, i + 2, "signing", priority("signing"), t.cap));
                i++;
                continue;
            }
            if (f.equals("courtesy") && next.equals("call")) {
                out.add(new Trigger(i, i + 2, "meeting", priority("meeting"), t.cap));
                i++;
                continue;
            }
            String kind = SINGLE.get(f);
            if (kind != null) {
                if (kind.equals("reception") && f.equals("dinner") && !precededByHost(doc, i, from)) {
                    continue;
                }
                // a capitalised trigger inside the sentence names the event ("Security Consultative Meeting"):
                // the best evidence of its kind
                boolean named = t.cap && i > from && heldBefore(doc, from, i);
                out.add(new Trigger(i, i + 1, kind, priority(kind) + (named ? 5 : 0), t.cap));
            }
        }
        return out;
    }

    private static final java.util.Set<String> HOLD = io.attache.extraction.text.Words.set("held", "hold", "holds",
            "convened", "convene", "co-chaired", "chaired", "hosted", "hosts", "attended", "opened", "concluded",
            "launched", "conducted", "began", "begin", "begins", "wrapped", "during", "at");

    /** "held their ... Meeting": a named event that is being held here, not one merely mentioned. */
    private static boolean heldBefore(Doc doc, int from, int i) {
        for (int k = Math.max(from, i - 9); k < i; k++) {
            if (HOLD.contains(doc.tok(k).fold)) {
                return true;
            }
        }
        return false;
    }

    private static boolean precededByHost(Doc doc, int i, int from) {
        for (int k = Math.max(from, i - 4); k < i; k++) {
            String f = doc.tok(k).fold;
            if (f.equals("hosted") || f.equals("hosts") || f.equals("gave") || f.equals("offered")
                    || f.equals("held")) {
                return true;
            }
        }
        return false;
    }

    /** Future or hypothetical report ("will meet", "plans to visit", "is expected to hold talks"). */
    public static boolean isFuture(Doc doc, int from, int trig) {
        for (int k = Math.max(from, trig - 5); k < trig; k++) {
            String f = doc.tok(k).fold;
            if (f.equals("will") || f.equals("would") || f.equals("plans") || f.equals("expected")
                    || f.equals("scheduled")) {
                return true;
            }
        }
        for (int k = Math.max(from, trig - 2); k < trig; k++) {
            String f = doc.tok(k).fold;
            if (f.equals("upcoming") || f.equals("next") || f.equals("future") || f.equals("proposed")) {
                return true;
            }
        }
        return false;
    }
}
