/**
 * Helpers the tests of several modules share, instead of a copy in each: {@link
 * dev.crossway.testsupport.Shared} (files of ../shared), {@link dev.crossway.testsupport.TestMariaDb}
 * and {@link dev.crossway.testsupport.MigratedDatabase} (the test server and one database on it),
 * {@link dev.crossway.testsupport.LocalFhirDirectory} (a Carequality FHIR directory on loopback),
 * {@link dev.crossway.testsupport.RedoxShapes} (key lists of Redox's published shapes).
 * Depended on in test scope only: nothing here reaches the EAR.
 */
package dev.crossway.testsupport;
