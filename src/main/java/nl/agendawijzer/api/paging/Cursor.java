package nl.agendawijzer.api.paging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Where a page starts: the sort values of the row just before it (or, for a previous page, just
 * after it). Opaque to clients; it carries the sort it was made for, so it cannot be replayed
 * against another order.
 *
 * <p>Encoded as base64url of {@code direction US sort US value US value ...}, with the unit
 * separator U+001F between parts and U+0000 for a missing value.
 */
public record Cursor(boolean backwards, String sort, List<Object> values) {

  private static final String SEPARATOR = "\u001f";
  private static final String NULL = "\u0000";

  String encode() {
    List<String> parts = new ArrayList<>();
    parts.add(backwards ? "p" : "n");
    parts.add(sort);
    values.forEach(v -> parts.add(v == null ? NULL : v.toString()));
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
  }

  static <E> Optional<Cursor> decode(String raw, String sort, List<Sort.SortKey<E>> keys) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8);
      String[] parts = text.split(SEPARATOR, -1);
      if (parts.length != keys.size() + 2
          || !(parts[0].equals("n") || parts[0].equals("p"))
          || !parts[1].equals(sort)) {
        return Optional.empty();
      }
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        SortField<E> field = keys.get(i).field();
        boolean missing = parts[i + 2].equals(NULL);
        if (missing && !field.nullable()) {
          return Optional.empty();
        }
        values.add(missing ? null : field.parse(parts[i + 2]));
      }
      return Optional.of(new Cursor(parts[0].equals("p"), sort, values));
    } catch (RuntimeException e) {
      // Not base64, not UTF-8, or a value of the wrong type: all mean "not a cursor of ours".
      return Optional.empty();
    }
  }
}
