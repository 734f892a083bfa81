package nl.agendawijzer.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** JSON Merge Patch (RFC 7386): PATCH is "read, merge, replace", with one set of rules. */
public final class MergePatch {

  public static final String MEDIA_TYPE = "application/merge-patch+json";

  private MergePatch() {}

  /**
   * The body a PATCH stands for: the current representation with the patch applied, read as the
   * write body type, so it then follows exactly the rules of a PUT.
   */
  public static <T> T asBody(ObjectMapper json, Object current, JsonNode patch, Class<T> type) {
    if (patch == null || !patch.isObject()) {
      // RFC 7386 would replace the whole resource by a non-object; no write body is one.
      throw new InvalidParametersProblem(
          List.of(
              new Problem.InvalidParam(
                  "body",
                  "body",
                  "is geen JSON-object; een merge patch noemt de velden die veranderen")));
    }
    try {
      return json.treeToValue(apply(json.valueToTree(current), patch), type);
    } catch (JsonProcessingException e) {
      // The merged body has the wrong shape: the same 400 as a PUT with that body.
      throw new InvalidParametersProblem(List.of(ProblemMappers.unreadable(e)));
    }
  }

  /** Applies {@code patch} to {@code target}; returns the result (target may be changed). */
  public static JsonNode apply(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch;
    }
    ObjectNode result =
        target != null && target.isObject()
            ? (ObjectNode) target
            : JsonNodeFactory.instance.objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (field.getValue().isNull()) {
        result.remove(field.getKey());
      } else {
        result.set(field.getKey(), apply(result.get(field.getKey()), field.getValue()));
      }
    }
    return result;
  }
}
