package io.github.commissioning.testing;

import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.FindingKey;
import java.util.List;
import java.util.TreeMap;

/**
 * A generated arrangement, the defects planted in it, and the findings those defects must cause: an
 * oracle for property-based tests of the rules.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Scenario {

  private final Arrangement arrangement;
  private final List<Defect> defects;
  private final List<Integer> choices;

  Scenario(Arrangement arrangement, List<Defect> defects, List<Integer> choices) {
    this.arrangement = arrangement;
    this.defects = List.copyOf(defects);
    this.choices = List.copyOf(choices);
  }

  /**
   * Returns the arrangement, not null.
   *
   * @return the arrangement, not null
   */
  public Arrangement arrangement() {
    return arrangement;
  }

  /**
   * Returns the defects planted, in the order they were planted.
   *
   * @return the defects planted, in the order they were planted
   */
  public List<Defect> defects() {
    return defects;
  }

  /**
   * Returns the choices the scenario was decoded from.
   *
   * @return the choices the scenario was decoded from
   */
  public List<Integer> choices() {
    return choices;
  }

  /**
   * Returns every finding the planted defects must cause, each once, in key order; empty for a clean
   * scenario. The standard rule set finds exactly these.
   *
   * @return the expected findings, not null
   */
  public List<ExpectedFinding> expectedFindings() {
    TreeMap<FindingKey, ExpectedFinding> all = new TreeMap<>();
    defects.forEach(d -> d.expectedFindings().forEach(e -> all.merge(e.key(), e, ExpectedFinding::merge)));
    return List.copyOf(all.values());
  }

  /**
   * Checks whether no defect was planted.
   *
   * @return true if the scenario is clean
   */
  public boolean isClean() {
    return defects.isEmpty();
  }

  @Override
  public String toString() {
    return "Scenario[" + arrangement + ", defects " + defects + "]";
  }
}
