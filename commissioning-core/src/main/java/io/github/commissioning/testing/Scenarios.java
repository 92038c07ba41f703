package io.github.commissioning.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Decodes choice sequences into realistic commissioning arrangements with planted defects.
 * <p>
 * The choices are read in blocks of nine, one block per CCG (at most twelve): whether the CCG is there;
 * whether it starts a new system, or a new region; its PCNs (1–2) and practices per PCN (1–3); primary
 * care kept by NHS England, delegated with the performers list kept back, or commissioned jointly;
 * community services commissioned by the CCG itself, through an ACO's population contract and its
 * sub-contract, led by the council under s75, or under a contract the CCG took over by transfer from an older
 * CCG merged into it on 1 April 2020; how many decisions it takes (0–2); and the defect
 * planted at it, if any. Around the CCGs stand England, regions, systems, NHS England's duty for primary
 * medical services and each CCG's duty for community services, a governing body of the legal minimum, a
 * primary care commissioning committee, GPs with declared interests in their practices, decisions
 * from which conflicted members withdraw, and the expectation that community services are held in every
 * area of England.
 * <p>
 * Every choice is read modulo its number of options; 0 is always the simplest option (no CCG, the
 * smallest count, no delegation, no defect), and missing choices read as 0. Because blocks have fixed
 * places, zeroing the first choice of a block removes that CCG and changes nothing else: a property-based
 * testing library that shrinks integer lists toward 0 shrinks arrangements to the few CCGs that matter.
 * With no CCG present, the scenario has one CCG of the simplest kind.
 * <p>
 * This class is thread-safe: it holds no state.
 *
 * @since 0.1
 */
public final class Scenarios {

  private Scenarios() {
  }

  /**
   * Decodes a choice sequence into a scenario.
   *
   * @param choices the choices, not null, any integers
   * @return the scenario, not null
   */
  public static Scenario decode(List<Integer> choices) {
    Objects.requireNonNull(choices, "choices");
    return new ScenarioBuilder(choices).build();
  }

  /**
   * Decodes a choice sequence into a scenario with no defect: the same arrangement {@link #decode(List)}
   * gives before it plants its defects.
   *
   * @param choices the choices, not null, any integers
   * @return the clean scenario, not null
   */
  public static Scenario decodeClean(List<Integer> choices) {
    Objects.requireNonNull(choices, "choices");
    return new ScenarioBuilder(choices).withoutDefects().build();
  }

  /**
   * Returns a scenario with one CCG for each defect kind given, each with delegated primary care, an ACO
   * and one decision, and that defect planted at it.
   *
   * @param kinds the kinds of defect, not null
   * @return the scenario, not null
   */
  @SuppressWarnings("EnumOrdinal") // the generator's choices name defect kinds by their order, 1 upwards
  public static Scenario planted(DefectKind... kinds) {
    Objects.requireNonNull(kinds, "kinds");
    List<Integer> choices = new ArrayList<>();
    for (DefectKind kind : kinds) {
      choices.addAll(List.of(1, 1, 0, 0, 0, 1, 1, 1, kind.ordinal() + 1));
    }
    return decode(choices);
  }

  /**
   * Decodes a sequence of {@code size} choices drawn from a seeded random; the same seed and size give
   * the same scenario.
   *
   * @param seed the seed
   * @param size the number of choices, zero or more; nine choices make a CCG
   * @return the scenario, not null
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public static Scenario random(long seed, int size) {
    if (size < 0) {
      throw new IllegalArgumentException("Invalid scenario size " + size + ": the number of choices is zero or more");
    }
    Random random = new Random(seed);
    List<Integer> choices = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      choices.add(random.nextInt(1 << 16));
    }
    return decode(choices);
  }
}
