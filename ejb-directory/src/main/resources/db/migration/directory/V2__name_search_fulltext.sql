-- Name search on a directory of 100,000 organizations: "search_text like '%word%'" alone scans the
-- whole table for the count and walks ix_org_active_name in name order for the page (0.6-0.8 s
-- measured by perf/directory). A FULLTEXT index finds the organizations having a word that starts
-- with each word of the query (+word* in boolean mode); the LIKE stays as the exact check.
alter table organization add fulltext index ft_org_search_text (search_text);
