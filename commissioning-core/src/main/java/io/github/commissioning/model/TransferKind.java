package io.github.commissioning.model;

/**
 * What a statutory {@link Transfer} does to the body it transfers from.
 *
 * @since 0.1
 */
public enum TransferKind {
  /** The body merges into another and is abolished: CCG mergers 2018–2021, ICB mergers from 2026. */
  MERGER(true),
  /** The body is abolished and its area split between two or more successors, as some ICBs in April 2026. */
  SPLIT(true),
  /** The body is abolished and its functions pass to successors: every CCG on 1 July 2022. */
  ABOLITION(true),
  /** The body continues, but part of its area moves to a neighbour: Bassetlaw's move on 1 July 2022. */
  BOUNDARY_CHANGE(false),
  /**
   * The body continues, but functions move from it by law: the Health Bill (2026) gives ICBs NHS England's
   * primary care duties as their own.
   */
  BY_LAW(false);

  private final boolean endsBody;

  TransferKind(boolean endsBody) {
    this.endsBody = endsBody;
  }

  /**
   * Checks whether the body transferred from ceases to exist on the transfer's date, so that whatever a
   * successor does not take is left with nobody.
   *
   * @return true for a merger, a split and an abolition
   */
  public boolean endsBody() {
    return endsBody;
  }
}
