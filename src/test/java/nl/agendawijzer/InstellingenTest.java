package nl.agendawijzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.quarkus.runtime.configuration.PathConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.ConfigMappingInterface.Property;
import io.smallrye.config.ConfigMappings;
import io.smallrye.config.ConfigMappings.ConfigClass;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.WithConverter;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.agendawijzer.api.AanOfUit;
import nl.agendawijzer.api.LeeslimietConfig;
import nl.agendawijzer.export.ExportConfig;
import nl.agendawijzer.importeren.ImportConfig;
import nl.agendawijzer.importeren.ReferentiedataConfig;
import nl.agendawijzer.sleutel.SleutelConfig;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The typed settings (docs/instellingen.md, docs/adr/0027): every {@code @ConfigMapping} of the
 * service read as Quarkus reads it at start, from environment variables only, without Quarkus.
 */
class InstellingenTest {

  /** Every mapping of the service, found rather than listed, so a new one is checked too. */
  private static final List<Class<?>> MAPPINGS =
      new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("nl.agendawijzer")
              .stream()
              .filter(c -> c.isAnnotatedWith(ConfigMapping.class))
              .map(JavaClass::reflect)
              .<Class<?>>map(c -> c)
              .toList();

  private static final Validator VALIDATOR =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  private static final Path TABEL = Path.of("docs/instellingen.md");

  /** A row of the table: property, environment variable, default. */
  private static final Pattern RIJ =
      Pattern.compile(
          "^\\| `([a-z0-9.\\-]+)` \\| `([A-Z0-9_]+)` \\| ([^|]*) \\|", Pattern.MULTILINE);

  private static SmallRyeConfig lees(Map<String, String> omgeving) {
    SmallRyeConfigBuilder builder =
        new SmallRyeConfigBuilder()
            .withSources(new EnvConfigSource(omgeving, 300))
            .withConverter(Duration.class, 200, new DurationConverter())
            .withConverter(MemorySize.class, 200, new MemorySizeConverter())
            .withConverter(Path.class, 200, new PathConverter())
            .withValidator((BeanValidationConfigValidator) () -> VALIDATOR)
            // Several mappings share the prefix agendawijzer, as in Quarkus.
            .withValidateUnknown(false);
    MAPPINGS.forEach(builder::withMapping);
    return builder.build();
  }

  @Test
  void theServiceHasItsMappings() {
    assertThat(MAPPINGS).contains(ImportConfig.class, ExportConfig.class, SleutelConfig.class);
  }

  @Test
  void everyDefaultIsValid() {
    SmallRyeConfig config = lees(Map.of());

    assertThat(config.getConfigMapping(ImportConfig.class).maxPagina().asLongValue())
        .isEqualTo(1024 * 1024);
    assertThat(config.getConfigMapping(ExportConfig.class).bouwLimiet()).hasSeconds(60);
    assertThat(config.getConfigMapping(SleutelConfig.class).bootstrapKey()).isEmpty();
    assertThat(config.getConfigMapping(SleutelConfig.class).apiKeys().enabled()).isTrue();
  }

  @Test
  void anEnvironmentVariableSetsTheProperty() {
    SmallRyeConfig config =
        lees(
            Map.of(
                "AGENDAWIJZER_IMPORT_MAX_PAGINA", "2M", "AGENDAWIJZER_API_KEYS_ENABLED", "false"));

    assertThat(config.getConfigMapping(ImportConfig.class).maxPagina().asLongValue())
        .isEqualTo(2 * 1024 * 1024);
    assertThat(config.getConfigMapping(SleutelConfig.class).apiKeys().enabled()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "AGENDAWIJZER_IMPORT_MAX_PAGINA, -1, agendawijzer.import.max-pagina",
    "AGENDAWIJZER_IMPORT_MAX_REGEL, 0, agendawijzer.import.max-regel",
    "AGENDAWIJZER_IMPORT_PAGINAS_PER_TRANSACTIE, -5, agendawijzer.import.paginas-per-transactie",
    "AGENDAWIJZER_EXPORT_MAX_BOUW, 0, agendawijzer.export.max-bouw",
    "AGENDAWIJZER_EXPORT_MAX_DOWNLOADS, 0, agendawijzer.export.max-downloads",
    "AGENDAWIJZER_EXPORT_BOUW_LIMIET, soms, agendawijzer.export.bouw-limiet",
    "AGENDAWIJZER_HTTP_MAX_REQUEST_LINE, 0, agendawijzer.http.max-request-line",
    "AGENDAWIJZER_HUIDIGE_VERSIES_MAX_BYTES, 0, agendawijzer.huidige-versies.max-bytes",
    "AGENDAWIJZER_LIJSTPAGINAS_MAX_BYTES, -1, agendawijzer.lijstpaginas.max-bytes",
    "AGENDAWIJZER_LEESLIMIET_CAPACITEIT, 0, agendawijzer.leeslimiet.capaciteit",
    "AGENDAWIJZER_IDEMPOTENTIE_OPRUIMEN_ELKE, nooit, agendawijzer.idempotentie.opruimen-elke",
    "AGENDAWIJZER_REFERENTIEDATA_LADEN, misschien, agendawijzer.referentiedata.laden",
    "AGENDAWIJZER_LEESLIMIET_ENABLED, ture, agendawijzer.leeslimiet.enabled",
    "AGENDAWIJZER_API_KEYS_ENABLED, yes, agendawijzer.api-keys.enabled",
  })
  void aBadValueStopsTheStartNamingTheProperty(String variabele, String waarde, String property) {
    assertThatThrownBy(() -> lees(Map.of(variabele, waarde))).hasMessageContaining(property);
  }

  @Test
  void aSwitchIsReadInAnyCase() {
    SmallRyeConfig config =
        lees(
            Map.of(
                "AGENDAWIJZER_REFERENTIEDATA_LADEN", "FALSE",
                "AGENDAWIJZER_LEESLIMIET_ENABLED", " True "));

    assertThat(config.getConfigMapping(ReferentiedataConfig.class).laden()).isFalse();
    assertThat(config.getConfigMapping(LeeslimietConfig.class).enabled()).isTrue();
  }

  /** The strict reading is per property, so a switch added later must ask for it too. */
  @Test
  void everySwitchIsReadStrictly() {
    for (Class<?> mapping : MAPPINGS) {
      for (Property p : ConfigMappings.getProperties(ConfigClass.configClass(mapping)).values()) {
        Class<?> type = p.getMethod().getReturnType();
        if (type == boolean.class || type == Boolean.class) {
          WithConverter converter = p.getMethod().getAnnotation(WithConverter.class);
          assertThat(converter).as("@WithConverter on %s", p.getMethod()).isNotNull();
          assertThat(converter.value()).as(p.getMethod().toString()).isEqualTo(AanOfUit.class);
        }
      }
    }
  }

  @Test
  void aShortBootstrapKeyStopsTheStart() {
    assertThatThrownBy(() -> lees(Map.of("AGENDAWIJZER_BOOTSTRAP_KEY", "x".repeat(31))))
        .isInstanceOf(ConfigValidationException.class)
        .hasMessageContaining("agendawijzer.bootstrap-key")
        .hasMessageContaining("32 tekens");
  }

  @Test
  void aLongBootstrapKeyIsRead() {
    assertThat(
            lees(Map.of("AGENDAWIJZER_BOOTSTRAP_KEY", "x".repeat(32)))
                .getConfigMapping(SleutelConfig.class)
                .bootstrapKey())
        .contains("x".repeat(32));
  }

  /**
   * The table an operator reads: every property of every mapping, with its variable and default.
   */
  @Test
  void theTableOfSettingsCoversEveryMapping() throws IOException {
    Map<String, String[]> rijen = new TreeMap<>();
    Matcher m = RIJ.matcher(Files.readString(TABEL));
    while (m.find()) {
      rijen.put(m.group(1), new String[] {m.group(2), m.group(3).strip()});
    }
    for (Class<?> mapping : MAPPINGS) {
      for (Map.Entry<String, Property> e :
          ConfigMappings.getProperties(ConfigClass.configClass(mapping)).entrySet()) {
        String naam = e.getKey();
        assertThat(rijen).as("%s in %s", naam, TABEL).containsKey(naam);
        assertThat(rijen.get(naam)[0]).as("variable of %s", naam).isEqualTo(variabele(naam));
        String standaard =
            e.getValue().hasDefaultValue() ? "`" + e.getValue().getDefaultValue() + "`" : "none";
        assertThat(rijen.get(naam)[1]).as("default of %s", naam).startsWith(standaard);
      }
    }
  }

  @Test
  void noSecretHasAValueInTheConfigurationOutsideTheTests() throws IOException {
    List<String> regels = Files.readAllLines(Path.of("src/main/resources/application.properties"));
    for (String geheim : List.of("agendawijzer.bootstrap-key", "quarkus.datasource.password")) {
      assertThat(regels)
          .filteredOn(r -> !r.startsWith("#") && !r.startsWith("%test.") && r.contains(geheim))
          .as(geheim)
          .allSatisfy(r -> assertThat(r).endsWith(geheim + "="));
    }
  }

  @Test
  void everyRowNamesTheVariableOfItsProperty() throws IOException {
    Matcher m = RIJ.matcher(Files.readString(TABEL));
    int rijen = 0;
    while (m.find()) {
      assertThat(m.group(2)).as(m.group(1)).isEqualTo(variabele(m.group(1)));
      rijen++;
    }
    assertThat(rijen).isGreaterThan(MAPPINGS.size());
  }

  /** The environment variable of a property, as MicroProfile Config maps it. */
  private static String variabele(String property) {
    return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }
}
