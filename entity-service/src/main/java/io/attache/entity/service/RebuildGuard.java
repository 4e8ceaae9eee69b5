package io.attache.entity.service;

import io.attache.entity.resolution.StoreSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A store-wide reader/writer lock in PostgreSQL (so it holds across instances): article processing takes it shared,
 * a reprocess of the whole store takes it exclusively. Both are released at the end of the transaction.
 */
@ApplicationScoped
public class RebuildGuard {
    private static final long KEY = 0x4174_7461_6368_52L;

    @Inject
    StoreSql sql;

    void enterProcessing() {
        sql.single("select 1 from pg_advisory_xact_lock_shared(?1)", KEY);
    }

    void enterRebuild() {
        sql.single("select 1 from pg_advisory_xact_lock(?1)", KEY);
    }
}
