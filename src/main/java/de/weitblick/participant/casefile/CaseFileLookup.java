package de.weitblick.participant.casefile;

/**
 * What opening a case file's page finds: the page, or the record a merged case file lives
 * on in.
 */
public sealed interface CaseFileLookup permits CaseFilePage, CaseFileMoved {

}
