package dev.crossway.directory.domain;

/** How a sync run gets its directory pages: paging a directory's base URL, or one uploaded Bundle. */
public enum SyncKind {
    URL, UPLOAD
}
