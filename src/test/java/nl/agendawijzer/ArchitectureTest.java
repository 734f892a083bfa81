package nl.agendawijzer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

/** The package rules of docs/adr/0001-package-by-feature.md, checked on every build. */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("nl.agendawijzer");

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("nl.agendawijzer.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void theHttpPlumbingKnowsNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("nl.agendawijzer.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "nl.agendawijzer.onderwerp..",
            "nl.agendawijzer.voorstel..",
            "nl.agendawijzer.vergadering..",
            "nl.agendawijzer.document..",
            "nl.agendawijzer.raad..",
            "nl.agendawijzer.importeren..")
        .check(CLASSES);
  }

  @Test
  void noFeatureDependsOnTheImporter() {
    noClasses()
        .that()
        .resideOutsideOfPackage("nl.agendawijzer.importeren..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("nl.agendawijzer.importeren..")
        .check(CLASSES);
  }

  @Test
  void resourcesAreThinAndNeverTouchTheDatabase() {
    noClasses()
        .that()
        .areAnnotatedWith(Path.class)
        .should()
        .dependOnClassesThat()
        .areAssignableTo(PanacheRepositoryBase.class)
        .orShould()
        .dependOnClassesThat()
        .areAssignableTo(EntityManager.class)
        .orShould()
        .dependOnClassesThat()
        .areAnnotatedWith(Entity.class)
        .check(CLASSES);
  }

  @Test
  void resourcesReturnRepresentationsNotEntities() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Path.class)
        .and()
        .arePublic()
        .should()
        .haveRawReturnType(
            com.tngtech.archunit.base.DescribedPredicate.not(
                com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith(
                    Entity.class)))
        .check(CLASSES);
  }
}
