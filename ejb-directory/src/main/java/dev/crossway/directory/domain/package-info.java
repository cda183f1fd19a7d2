/**
 * The organization directory's domain: who is on the network (organizations with their home
 * community ids, addresses, positions and IHE endpoints), where ZIP codes lie, and the record of
 * directory synchronisations and of changes to the facilities this installation manages.
 *
 * <p>{@link dev.crossway.directory.domain.Organization} is the aggregate root: its endpoints,
 * contacts and aliases have no life of their own and are always replaced through it. Parent and
 * managing organizations are referenced by OID, not by entity, because the directory may name a
 * parent that has not been synchronised yet.
 */
package dev.crossway.directory.domain;
