package io.attache.benchmarks.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryToolsTest {

    @Test
    void searchTermsFoldLikeQueryService() {
        SqlEquivalent.Terms t = SqlEquivalent.terms("  Hoàng  Xuân Chiến ");
        assertEquals("hoang xuan chien", t.folded());
        assertEquals(List.of("hoang", "xuan", "chien"), t.tokens());
        assertEquals("chien-hoang-xuan", t.nameKey());
        assertEquals(List.of("kano", "koji"), SqlEquivalent.terms("KANO, Koji").tokens());
        assertNull(SqlEquivalent.terms(" - "));
    }

    @Test
    void articleIdsReadFromTheStoresJsonInOrder() {
        // json_build_object's layout; a quote inside a value is escaped, so it cannot start a key
        String json = "[{\"articleId\" : \"art_2\", \"evidence\" : [{\"text\" : \"say \\\"articleId\\\" : x\"}]}, \n"
                + " {\"articleId\" : \"art_1\", \"evidence\" : []}]";
        assertEquals(List.of("art_2", "art_1"), SqlEquivalent.articleIds(json));
        assertEquals(List.of(), SqlEquivalent.articleIds("[]"));
    }

    @Test
    void copyEscapesTextFormat() throws Exception {
        Copy c = new Copy("t", "a, b, c");
        c.add("x\ty\\z\nw").add(null).add(3).row();
        assertEquals(1, c.pending());
        java.lang.reflect.Field f = Copy.class.getDeclaredField("buffer");
        f.setAccessible(true);
        assertEquals("x\\ty\\\\z\\nw\t\\N\t3\n", f.get(c).toString());
    }

    @Test
    void wrkSummaryLine() {
        WrkLoad.Result r = WrkLoad.parse("QUERYBENCH requests=12000 duration_us=60000000 bytes=1 connect_errors=0 "
                + "read_errors=0 write_errors=0 status_errors=2 timeouts=0 mean_us=2500.5 max_us=90000 p50_us=2000 "
                + "p90_us=4000 p95_us=5000 p99_us=12000 p999_us=40000 late=3 late_max_ms=4.5 sent=12016", null, null);
        assertEquals(200.0, r.rate(), 1e-9);
        assertEquals(12.0, r.p99(), 1e-9);
        assertEquals(90.0, r.max(), 1e-9);
        assertEquals(2, r.statusErrors());
        assertEquals(3, r.late());
    }

    @Test
    void ordinals() {
        assertEquals("1st", Seeder.ArticleText.ordinal(1));
        assertEquals("12th", Seeder.ArticleText.ordinal(12));
        assertEquals("23rd", Seeder.ArticleText.ordinal(23));
    }
}
