package io.attache.entity.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.testing.Sql;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Queued writes on the real store. */
@QuarkusTest
class StoreSqlTest {
    private static final String ORGANIZATION = """
            insert into organization (id, identity_key, name, kind, country) values (?1, ?1, ?2, 'ministry', null)
            on conflict (identity_key) do nothing""";
    private static final String ALIAS = """
            insert into organization_alias (organization_id, alias) values (?1, ?2) on conflict do nothing""";

    @Inject
    StoreSql sql;

    @Test
    void aChildRowQueuedBeforeItsParentAfterAnIntermediateFlushStillGoesOutAfterIt() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String first = "org_test_" + run + "_1";
        String second = "org_test_" + run + "_2";
        String third = "org_test_" + run + "_3";
        QuarkusTransaction.requiringNew().run(() -> {
            sql.defer(ORGANIZATION, first, "First");
            for (int i = 0; i < StoreSql.MAX_QUEUED - 2; i++) {
                sql.defer(ALIAS, first, "alias " + i);
            }
            sql.defer(ORGANIZATION, second, "Second"); // the queue is full: everything so far is sent here
            // after that flush an alias is queued first, then the organisation of the next one with its alias
            sql.defer(ALIAS, second, "Second alias");
            sql.defer(ORGANIZATION, third, "Third");
            sql.defer(ALIAS, third, "Third alias");
        }); // the rest is sent before commit, organisations first

        assertThat(Sql.count("select count(*) from organization where id in (?, ?, ?)", first, second, third)).isEqualTo(3);
        assertThat(Sql.count("select count(*) from organization_alias where organization_id = ?", first))
                .isEqualTo(StoreSql.MAX_QUEUED - 2);
        assertThat(Sql.count("select count(*) from organization_alias where organization_id in (?, ?)", second, third))
                .isEqualTo(2);
    }
}
