package io.github.commissioning.internal;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The laws of the area-set algebra, and agreement with a whole-universe {@link BitSet} model. */
class AreaSetProperties {

  /** The universe of the generated sets: indexes 0 to 299, so sets span several words. */
  private static final int UNIVERSE = 300;

  /**
   * An area set built from a list of draws: each pair of draws is a run (start, length), so sets
   * include both scattered members and contiguous runs such as footprints make.
   */
  private static Gen<AreaSet> sets() {
    return lists().of(integers().between(0, UNIVERSE - 1)).ofSizeBetween(0, 16).map(AreaSetProperties::decode);
  }

  private static AreaSet decode(List<Integer> draws) {
    AreaSet set = AreaSet.empty();
    for (int i = 0; i + 1 < draws.size(); i += 2) {
      int start = draws.get(i);
      int length = draws.get(i + 1) % 70;
      set = set.union(AreaSet.range(start, Math.min(UNIVERSE, start + length)));
    }
    if (draws.size() % 2 == 1) {
      set = set.union(AreaSet.of(draws.get(draws.size() - 1)));
    }
    return set;
  }

  private static BitSet model(AreaSet set) {
    BitSet bits = new BitSet();
    set.forEach(bits::set);
    return bits;
  }

  private static AreaSet fromModel(BitSet bits) {
    return AreaSet.of(bits.stream().toArray());
  }

  @Test
  void operationsAgreeWithTheBitSetModel() {
    qt().withExamples(500).forAll(sets(), sets()).check((a, b) -> {
      BitSet union = model(a);
      union.or(model(b));
      BitSet intersection = model(a);
      intersection.and(model(b));
      BitSet difference = model(a);
      difference.andNot(model(b));
      return a.union(b).equals(fromModel(union))
          && a.intersection(b).equals(fromModel(intersection))
          && a.difference(b).equals(fromModel(difference))
          && a.intersects(b) == model(a).intersects(model(b))
          && a.size() == model(a).cardinality()
          && a.isEmpty() == model(a).isEmpty();
    });
  }

  @Test
  void unionAndIntersectionCommute() {
    qt().withExamples(300).forAll(sets(), sets()).check((a, b) ->
        a.union(b).equals(b.union(a)) && a.intersection(b).equals(b.intersection(a)));
  }

  @Test
  void unionAndIntersectionAssociate() {
    qt().withExamples(300).forAll(sets(), sets(), sets()).check((a, b, c) ->
        a.union(b).union(c).equals(a.union(b.union(c)))
            && a.intersection(b).intersection(c).equals(a.intersection(b.intersection(c))));
  }

  @Test
  void eachDistributesOverTheOther() {
    qt().withExamples(300).forAll(sets(), sets(), sets()).check((a, b, c) ->
        a.intersection(b.union(c)).equals(a.intersection(b).union(a.intersection(c)))
            && a.union(b.intersection(c)).equals(a.union(b).intersection(a.union(c))));
  }

  @Test
  void deMorganHoldsWithinTheUniverse() {
    qt().withExamples(300).forAll(sets(), sets()).check((a, b) ->
        a.union(b).complement(UNIVERSE).equals(a.complement(UNIVERSE).intersection(b.complement(UNIVERSE)))
            && a.intersection(b).complement(UNIVERSE)
                .equals(a.complement(UNIVERSE).union(b.complement(UNIVERSE))));
  }

  @Test
  void differenceIsIntersectionWithTheComplement() {
    qt().withExamples(300).forAll(sets(), sets()).check((a, b) ->
        a.difference(b).equals(a.intersection(b.complement(UNIVERSE)))
            && !a.difference(b).intersects(b)
            && a.difference(b).union(a.intersection(b)).equals(a));
  }

  @Test
  void containmentMatchesUnionAndIntersection() {
    qt().withExamples(300).forAll(sets(), sets()).check((a, b) ->
        a.containsAll(b) == a.union(b).equals(a)
            && a.containsAll(b) == a.intersection(b).equals(b)
            && a.union(b).containsAll(a)
            && a.containsAll(a.intersection(b)));
  }

  @Test
  void unionOfManyAndCoveredTwiceAgreeWithPairwiseOperations() {
    qt().withExamples(300).forAll(sets(), sets(), sets()).check((a, b, c) -> {
      List<AreaSet> all = List.of(a, b, c);
      AreaSet twice = a.intersection(b).union(a.intersection(c)).union(b.intersection(c));
      return AreaSet.unionOf(all).equals(a.union(b).union(c)) && AreaSet.overlapping(all).equals(twice)
          && AreaSet.unionOf(List.of()).isEmpty() && AreaSet.overlapping(List.of(a)).isEmpty();
    });
  }

  @Test
  void setsAreStoredTrimmedToTheirWords() {
    qt().withExamples(300).forAll(sets()).check(a ->
        a.isEmpty() ? a.storedWords() == 0
            : a.storedWords() == (a.last() >>> 6) - (a.first() >>> 6) + 1);
  }
}
