package io.github.commissioning.model;

import org.immutables.value.Value;

/**
 * A person who sits on decision bodies and may hold interests.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract sealed class Person implements WithPerson permits ImmutablePerson {

  Person() {
  }

  /**
   * Obtains a person.
   *
   * @param id the id, not null
   * @param name the name, not null
   * @return the person, not null
   */
  public static Person of(PersonId id, String name) {
    return ImmutablePerson.of(id, name);
  }

  /**
   * Returns the id, not null.
   *
   * @return the id, not null
   */
  @Value.Parameter
  public abstract PersonId id();

  /**
   * Returns the name, not null.
   *
   * @return the name, not null
   */
  @Value.Parameter
  public abstract String name();

  @Override
  public String toString() {
    return name() + " (" + id() + ")";
  }
}
