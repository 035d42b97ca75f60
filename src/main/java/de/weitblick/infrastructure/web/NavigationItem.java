package de.weitblick.infrastructure.web;

/**
 * One entry of the main navigation.
 *
 * @param messageKey the label's key, never null
 * @param path where it leads, never null
 * @param active whether the current page belongs to it
 */
public record NavigationItem(String messageKey, String path, boolean active) {

}
