package nl.agendawijzer.sleutel;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BootstrapKeyTest {

  @Test
  void aShortBootstrapKeyStopsTheStart() {
    SleutelService service = new SleutelService();
    service.bootstrapKey = Optional.of("geheim");

    assertThatThrownBy(() -> service.controleerBootstrapKey(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("32");
  }

  @Test
  void aLongOrNoBootstrapKeyIsFine() {
    SleutelService service = new SleutelService();
    service.bootstrapKey = Optional.of("x".repeat(32));
    assertThatCode(() -> service.controleerBootstrapKey(null)).doesNotThrowAnyException();
    service.bootstrapKey = Optional.empty();
    assertThatCode(() -> service.controleerBootstrapKey(null)).doesNotThrowAnyException();
  }
}
