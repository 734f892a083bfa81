package nl.agendawijzer.api;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Sends a {@link RenderedRepresentation} as JSON: its bytes as they are, nothing serialised. */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class RenderedRepresentationWriter implements MessageBodyWriter<RenderedRepresentation> {

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return RenderedRepresentation.class.isAssignableFrom(type)
        && mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE);
  }

  @Override
  public long getSize(
      RenderedRepresentation entity,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType) {
    return entity.json().length;
  }

  @Override
  public void writeTo(
      RenderedRepresentation entity,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws java.io.IOException {
    out.write(entity.json());
  }
}
