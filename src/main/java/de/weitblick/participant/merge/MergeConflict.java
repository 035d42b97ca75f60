package de.weitblick.participant.merge;

/**
 * A field in which two records of one person hold different values.
 *
 * @param field never null
 * @param survivorValue what the surviving record holds, never null
 * @param mergedValue what the record merged into it holds, never null
 */
public record MergeConflict(MergeField field, Object survivorValue, Object mergedValue) {

}
