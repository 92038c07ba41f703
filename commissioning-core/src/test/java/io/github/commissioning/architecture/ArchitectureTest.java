package io.github.commissioning.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.commissioning.model.Arrangement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The library's own architecture, checked as code. */
class ArchitectureTest {

  private static final String INTERNAL = "io.github.commissioning.internal";

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.commissioning");
  }

  private static boolean isPublicApi(JavaClass type) {
    if (type.getPackageName().startsWith(INTERNAL)) {
      return false;
    }
    Optional<JavaClass> at = Optional.of(type);
    while (at.isPresent()) {
      if (!at.get().getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
      at = at.get().getEnclosingClass();
    }
    return true;
  }

  private static boolean isPublicEverywhere(JavaClass type) {
    for (Optional<JavaClass> at = Optional.of(type); at.isPresent(); at = at.get().getEnclosingClass()) {
      if (!at.get().getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isForbidden(JavaClass type) {
    return type.getSimpleName().startsWith("Immutable") && type.getPackageName().startsWith("io.github.commissioning")
        || type.getPackageName().startsWith("com.google.common")
        || type.getPackageName().startsWith("org.immutables")
        || type.getPackageName().startsWith(INTERNAL);
  }

  /**
   * In the spirit of ArchUnit's own PublicAPIRules: a public class is final, sealed, a record, an enum or an
   * interface, so users can build on the API but cannot subclass what the library's invariants rely on.
   */
  @Test
  void publicClassesAreFinalOrSealed() {
    Set<String> open = new TreeSet<>();
    for (JavaClass type : classes) {
      if (!isPublicEverywhere(type) || type.isInterface() || type.isEnum()
          || type.isAnnotation() || type.isRecord()) {
        continue;
      }
      if (!type.getModifiers().contains(JavaModifier.FINAL) && !type.reflect().isSealed()) {
        open.add(type.getName());
      }
    }
    Assertions.assertEquals(Set.of(), open);
  }

  @Test
  void theInternalPackageIsNotExported() {
    Module module = Arrangement.class.getModule();
    // on the class path (as the tests run) the module is unnamed: read the descriptor from module-info.class
    ModuleDescriptor descriptor = module.getDescriptor() != null ? module.getDescriptor()
        : readDescriptor();
    Set<String> exported = new TreeSet<>();
    descriptor.exports().forEach(e -> exported.add(e.source()));
    Assertions.assertEquals(new TreeSet<>(List.of("io.github.commissioning.accountability",
        "io.github.commissioning.geography", "io.github.commissioning.model", "io.github.commissioning.rules",
        "io.github.commissioning.testing", "io.github.commissioning.value")), exported);
    Assertions.assertTrue(descriptor.packages().contains(INTERNAL), descriptor.packages().toString());
  }

  private static ModuleDescriptor readDescriptor() {
    try (InputStream in = new URL(Arrangement.class
        .getProtectionDomain().getCodeSource().getLocation(), "module-info.class").openStream()) {
      return ModuleDescriptor.read(in, () -> Set.of("io.github.commissioning.accountability",
          "io.github.commissioning.geography", "io.github.commissioning.model", "io.github.commissioning.rules",
          "io.github.commissioning.testing", "io.github.commissioning.value", INTERNAL));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void noGeneratedOrGuavaTypeAppearsInAPublicSignature() {
    Set<String> violations = new TreeSet<>();
    for (JavaClass type : classes) {
      if (!isPublicApi(type)) {
        continue;
      }
      for (JavaClass involved : type.getSuperclass().map(JavaType::getAllInvolvedRawTypes).orElse(Set.of())) {
        // a public Builder may extend the generated builder: only its methods' signatures are API
        if (isForbidden(involved) && !involved.getSimpleName().equals("Builder")) {
          violations.add(type.getName() + " extends " + involved.getName());
        }
      }
      List<JavaCodeUnit> members = new ArrayList<>(type.getAllMethods());
      members.addAll(type.getConstructors());
      for (JavaCodeUnit member : members) {
        if (!member.getModifiers().contains(JavaModifier.PUBLIC) && !member.getModifiers().contains(JavaModifier.PROTECTED)) {
          continue;
        }
        if (member.getOwner().getPackageName().startsWith("java.")) {
          continue;
        }
        List<JavaType> involved = new ArrayList<>(member.getParameterTypes());
        involved.add(member.getReturnType());
        for (JavaType t : involved) {
          for (JavaClass raw : t.getAllInvolvedRawTypes()) {
            if (isForbidden(raw)) {
              violations.add(type.getName() + "#" + member.getName() + " uses " + raw.getName());
            }
          }
        }
      }
      for (JavaField field : type.getFields()) {
        if (field.getModifiers().contains(JavaModifier.PUBLIC)) {
          for (JavaClass raw : field.getType().getAllInvolvedRawTypes()) {
            if (isForbidden(raw)) {
              violations.add(type.getName() + "." + field.getName() + " uses " + raw.getName());
            }
          }
        }
      }
    }
    Assertions.assertEquals(Set.of(), violations);
  }

  @Test
  void generatedImplementationsAreNotPublic() {
    List<String> publicGenerated = new ArrayList<>();
    for (JavaClass type : classes) {
      if (type.getSimpleName().startsWith("Immutable") && isPublicApi(type)) {
        publicGenerated.add(type.getName());
      }
    }
    Assertions.assertEquals(List.of(), publicGenerated);
  }

  @Test
  void theModelKnowsNothingOfAnalysisOrRules() {
    noClasses().that().resideInAnyPackage("..commissioning.model..", "..commissioning.geography..",
            "..commissioning.value..")
        .should().dependOnClassesThat().resideInAnyPackage("..commissioning.accountability..",
            "..commissioning.rules..", "..commissioning.testing..")
        .because("dependencies point one way: rules → accountability → geography/model")
        .check(classes);
  }

  @Test
  void theAnalysisKnowsNothingOfRules() {
    noClasses().that().resideInAPackage("..commissioning.accountability..")
        .should().dependOnClassesThat().resideInAnyPackage("..commissioning.rules..", "..commissioning.testing..")
        .because("rules are evaluated over the analysis, not the other way round")
        .check(classes);
  }

  @Test
  void geographyIsBelowTheModel() {
    noClasses().that().resideInAPackage("..commissioning.geography..")
        .should().dependOnClassesThat().resideInAPackage("..commissioning.model..")
        .because("the model holds footprints; footprints know nothing of organisations")
        .check(classes);
  }

  @Test
  void theGeneratorsNameRulesButNeverRunTheirLogic() {
    noClasses().that().resideInAPackage("..commissioning.testing..")
        .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("..commissioning.rules..")
            .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("AccountabilityRules")
                .or(JavaClass.Predicates.simpleName("ConflictRules"))
                .or(JavaClass.Predicates.simpleName("Severity")))))
        .because("a generator's expected findings are an independent oracle: they name rule ids and severities, "
            + "and must not be computed by the rules they check")
        .check(classes);
  }
}
