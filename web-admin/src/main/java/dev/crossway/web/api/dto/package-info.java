/**
 * The API's data transfer objects, in the shape of the Redox data models ({@code Meta} first, then
 * the model's own sections). Names end in {@code Dto} so they never clash with the domain.
 */
package dev.crossway.web.api.dto;
