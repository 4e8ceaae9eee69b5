-- Deleting or reprocessing an article checks the resolution rows that reference it: without an index starting with
-- article_id every such check scanned the whole table.
create index resolution_article_idx on resolution (article_id);
