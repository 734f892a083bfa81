package nl.agendawijzer.versies;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Fired inside the writing transaction each time a version is recorded, so what is derived from
 * served representations (the search index) changes with them, whoever wrote: the API or the
 * importer.
 *
 * @param inhoud the representation as stored; null when the resource was deleted
 */
public record Vastgelegd(ResourceType type, String sleutel, JsonNode inhoud) {}
