-- Radius search on a directory of 100,000 organizations: ix_org_position (latitude, longitude)
-- gives a range on latitude only, so a 25-mile query read every organization of its latitude band
-- across the whole continent (about 6,000 index entries and a row lookup for each in the box) for
-- the count and again for the page. lat_band cuts the latitude into quarter degrees (about 17
-- miles); the query names the few bands its box spans (OrganizationSearchSql), so this index reads
-- per band only the longitude slice of the box, and holds latitude, active and (as InnoDB appends
-- it) the primary key: the count and the page of ids are answered from the index alone.
-- See docs/decisions/directory.md.
alter table organization
    add column lat_band smallint as (floor(latitude * 4)) stored,
    add key ix_org_radius (lat_band, longitude, latitude, active);
