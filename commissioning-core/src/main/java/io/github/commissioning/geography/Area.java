package io.github.commissioning.geography;

import org.immutables.value.Value;

/**
 * The finest unit of geography an arrangement distinguishes, such as one GP practice's registered
 * population or one local authority.
 * <p>
 * Footprints are sets of areas. An area need not be declared to be used: every area a footprint names
 * belongs to the arrangement. Declaring it gives it a name for reports.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract sealed class Area implements WithArea permits ImmutableArea {

  Area() {
  }

  /**
   * Obtains an instance of {@code Area} from its id and name.
   *
   * @param id the id, not null
   * @param name the name, not null
   * @return the area, not null
   */
  public static Area of(AreaId id, String name) {
    return ImmutableArea.of(id, name);
  }

  /**
   * Returns the id of this area.
   *
   * @return the id, not null
   */
  @Value.Parameter
  public abstract AreaId id();

  /**
   * Returns the name of this area.
   *
   * @return the name, not null
   */
  @Value.Parameter
  public abstract String name();
}
