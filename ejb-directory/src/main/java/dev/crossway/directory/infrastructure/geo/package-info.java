/** Reading the ZIP centroid table ({@code zip,lat,lon,city,state}, from the US Census ZCTA gazetteer). */
package dev.crossway.directory.infrastructure.geo;
