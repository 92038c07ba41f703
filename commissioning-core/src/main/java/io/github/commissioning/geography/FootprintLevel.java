package io.github.commissioning.geography;

/**
 * The level of a footprint in NHS England's geography, from the whole country down to one practice's
 * registered population. Levels are declared from the largest to the smallest, and the library numbers
 * areas in this order so that footprints that nest occupy one contiguous run of the area index.
 *
 * @since 0.1
 */
public enum FootprintLevel {
  /** England as a whole. */
  NATIONAL,
  /** An NHS England region (7 since 2019). */
  REGION,
  /** A system: an STP footprint, an ICS or an ICB area (42 from 2021). */
  SYSTEM,
  /** A place: a CCG, a sub-ICB location or a local authority area. */
  PLACE,
  /** A neighbourhood: a primary care network. */
  NEIGHBOURHOOD,
  /** One GP practice's registered population. */
  PRACTICE
}
