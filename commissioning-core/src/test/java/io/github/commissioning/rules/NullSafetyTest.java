package io.github.commissioning.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.geography.AreaId;
import io.github.commissioning.geography.FootprintId;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.BodyId;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.DecisionId;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.PersonId;
import io.github.commissioning.value.Identifier;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Null-safety as a user meets it: every public method and constructor of the exported packages, given null
 * for one reference parameter and ordinary values for the rest, throws a {@link NullPointerException}
 * whose message names that parameter. (At compile time, NullAway checks the library's own code.)
 */
class NullSafetyTest {

  private static final Arrangement ARRANGEMENT = Fixture.busy().build();
  private static final Analysis ANALYSIS = Analysis.of(ARRANGEMENT, Fixture.AS_OF);
  private static final Report REPORT = RuleSet.standard().asOf(Fixture.AS_OF).check(ARRANGEMENT);
  private static final RuleInfo INFO = RuleInfo.builder("LOCAL-X", "X", Severity.INFO).explanation("x").remedy("y")
      .build();

  private static final Map<Class<?>, Object> KNOWN = Map.of(
      FunctionId.class, Fixture.PMS,
      AreaId.class, Fixture.A1,
      FootprintId.class, Fixture.TEES,
      OrganisationId.class, Fixture.TEES_CCG,
      DelegationId.class, Fixture.TO_TEES,
      BodyId.class, Fixture.PCCC,
      DecisionId.class, Fixture.DECISION,
      PersonId.class, Fixture.person(1));

  private static Optional<Object> sample(Class<?> type) throws ReflectiveOperationException {
    if (KNOWN.containsKey(type)) {
      return Optional.of(KNOWN.get(type));
    } else if (type == String.class || type == CharSequence.class) {
      return Optional.of("2020-04-01/..");
    } else if (type == LocalDate.class) {
      return Optional.of(Fixture.JUNE_2021);
    } else if (type == DateRange.class) {
      return Optional.of(DateRange.ALWAYS);
    } else if (type == int.class || type == long.class || type == boolean.class) {
      return Optional.of(type == int.class ? (Object) 1 : type == long.class ? (Object) 1L : (Object) false);
    } else if (type.isEnum()) {
      return Optional.of(type.getEnumConstants()[0]);
    } else if (Identifier.class.isAssignableFrom(type) && type != Identifier.class) {
      return Optional.of(type.getMethod("of", String.class).invoke(null, "A81001"));
    } else if (type == List.class || type == Collection.class || type == Iterable.class) {
      return Optional.of(List.of());
    } else if (type == Set.class || type == SortedSet.class) {
      return Optional.of(new TreeSet<>());
    } else if (type == Map.class) {
      return Optional.of(Map.of());
    } else if (type == Optional.class) {
      return Optional.of(Optional.empty());
    } else if (type.isArray()) {
      return Optional.of(Array.newInstance(type.getComponentType(), 0));
    } else if (type == Arrangement.class) {
      return Optional.of(ARRANGEMENT);
    } else if (type == Analysis.class) {
      return Optional.of(ANALYSIS);
    } else if (type == Accountability.class) {
      return Optional.of(ANALYSIS.accountability());
    } else if (type == Report.class) {
      return Optional.of(REPORT);
    } else if (type == RuleInfo.class) {
      return Optional.of(INFO);
    } else if (type == Rule.class) {
      return Optional.of(Rule.of(INFO, a -> List.of()));
    } else if (type == Function.class) {
      return Optional.of(Function.identity());
    } else if (type == Severity.class) {
      return Optional.of(Severity.ERROR);
    }
    return Optional.empty();
  }

  /** Receivers for instance methods: one value of each public type the walk can make. */
  private static List<Object> receivers() throws ReflectiveOperationException {
    List<Object> receivers = new ArrayList<>(List.of(ARRANGEMENT, ANALYSIS, ANALYSIS.accountability(), REPORT, INFO,
        RuleSet.standard(), InterestIndex.of(ANALYSIS), DateRange.ALWAYS, ARRANGEMENT.geography(),
        ARRANGEMENT.toBuilder(), Finding.builder(INFO), RuleInfo.builder("LOCAL-X", "X", Severity.INFO),
        PcccPolicy.standard(), CompositionPolicy.ccgGoverningBody()));
    for (JavaClass type : publicClasses()) {
      Class<?> raw = type.reflect();
      try {
        Method builder = raw.getMethod("builder");
        if (Modifier.isStatic(builder.getModifiers()) && builder.getParameterCount() == 0) {
          receivers.add(builder.invoke(null));
        }
      } catch (NoSuchMethodException e) {
        // no builder
      }
    }
    return receivers;
  }

  private static List<JavaClass> publicClasses() {
    List<JavaClass> result = new ArrayList<>();
    for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.commissioning")) {
      if (type.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
          && !type.getPackageName().endsWith(".internal") && !type.getEnclosingClass().isPresent()) {
        result.add(type);
      }
    }
    result.sort((a, b) -> a.getName().compareTo(b.getName()));
    return result;
  }

  @Test
  void everyNullParameterIsNamedInItsException() throws Exception {
    Set<String> problems = new TreeSet<>();
    int checked = 0;
    for (JavaClass type : publicClasses()) {
      Class<?> raw = type.reflect();
      for (Method method : raw.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())
            && !(raw.isEnum() && method.getName().equals("valueOf"))) {
          checked += check(null, method, problems);
        }
      }
      for (Constructor<?> constructor : raw.getDeclaredConstructors()) {
        if (Modifier.isPublic(constructor.getModifiers())) {
          checked += check(null, constructor, problems);
        }
      }
    }
    for (Object receiver : receivers()) {
      for (Class<?> at = receiver.getClass(); at != null && at != Object.class; at = at.getSuperclass()) {
        if (!Modifier.isPublic(at.getModifiers())) {
          continue;
        }
        for (Method method : at.getDeclaredMethods()) {
          if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
              && !method.getName().equals("equals")) {
            checked += check(receiver, method, problems);
          }
        }
      }
    }
    assertEquals(Set.of(), problems);
    assertTrue(checked > 200, "only " + checked + " parameters checked");
  }

  private static int check(Object receiver, Executable member, Set<String> problems) throws Exception {
    Parameter[] parameters = member.getParameters();
    Object[] args = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      Optional<Object> value = sample(parameters[i].getType());
      if (value.isEmpty()) {
        return 0;
      }
      args[i] = value.get();
    }
    int checked = 0;
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].getType().isPrimitive()) {
        continue;
      }
      if (isGeneratedVarargs(member)) {
        try {
          invoke(receiver, member, withNullAt(args, i));
          problems.add(member.getName() + " accepted null");
        } catch (InvocationTargetException e) {
          if (!(e.getCause() instanceof NullPointerException)) {
            problems.add(member.getName() + " threw " + e.getCause());
          }
        }
        continue;
      }
      Object[] withNull = args.clone();
      withNull[i] = null;
      String name = parameters[i].getName();
      String where = member.getDeclaringClass().getSimpleName() + "." + member.getName() + "(" + name + ")";
      checked++;
      try {
        invoke(receiver, member, withNull);
        problems.add(where + " accepted null");
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (!(cause instanceof NullPointerException)) {
          problems.add(where + " threw " + cause);
        } else if (cause.getMessage() == null || !cause.getMessage().contains(name)) {
          problems.add(where + " threw an NPE saying " + cause.getMessage());
        }
      }
    }
    return checked;
  }

  /**
   * The one known exception: the generated builders' adders of a collection ({@code addVoter(PersonId)},
   * {@code addVoters(PersonId...)}) put the element straight into Guava's builder, whose null check has no
   * message; their code is generated and their methods final. The JDK's collections would name the element
   * ({@code "voters element"}) but cost too much memory (see {@code ValueStyle}). A null is still refused
   * with a {@link NullPointerException} at once, and the setters ({@code voters(…)}) name it.
   */
  private static boolean isGeneratedVarargs(Executable member) {
    return member.getDeclaringClass().getName().contains(".Immutable") && member.getName().startsWith("add")
        && !member.getName().startsWith("addAll");
  }

  private static Object[] withNullAt(Object[] args, int i) {
    Object[] copy = args.clone();
    copy[i] = null;
    return copy;
  }

  private static void invoke(Object receiver, Executable member, Object[] args) throws Exception {
    member.setAccessible(true);
    if (member instanceof Method) {
      ((Method) member).invoke(receiver, args);
    } else {
      ((Constructor<?>) member).newInstance(args);
    }
  }
}
