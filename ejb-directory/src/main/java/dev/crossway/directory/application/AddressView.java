package dev.crossway.directory.application;

/** A postal address. */
public record AddressView(String street, String city, String state, String zip, String country) {
}
