/**
 * The directory's use cases as {@code @Local} facades, one per area: searching organizations
 * ({@link dev.crossway.directory.application.OrganizationQueries}), managing this installation's
 * own facilities ({@link dev.crossway.directory.application.OwnFacilities}), synchronising with
 * the Carequality directory ({@link dev.crossway.directory.application.DirectorySync}) and the ZIP
 * centroid table ({@link dev.crossway.directory.application.ZipCentroids}). They take and return
 * the records of this package, never entities; implementations live in {@code internal}.
 */
package dev.crossway.directory.application;
