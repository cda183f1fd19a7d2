/**
 * C-CDA writing: {@link dev.crossway.interop.ccda.write.CcdaWriter} renders the records of
 * {@code ccda.model} (what a partner pushed as discrete data) as a C-CDA R2.1 Continuity of Care
 * Document or Encounter Summary, with StAX, every value escaped. See docs/decisions/store.md,
 * "Rendering C-CDA".
 */
package dev.crossway.interop.ccda.write;
