package io.github.commissioning.rules;

import static io.github.commissioning.rules.RuleTests.assertReport;
import static io.github.commissioning.rules.RuleTests.assertSilent;
import static io.github.commissioning.rules.TransfersTest.DURHAM_2022;
import static io.github.commissioning.rules.TransfersTest.SOUTH;
import static io.github.commissioning.rules.TransfersTest.split;

import io.github.commissioning.model.Succession;
import org.junit.jupiter.api.Test;

/**
 * {@link SuccessionGapRule}, rule {@value AccountabilityRules.SUCCESSION_GAP}: the example of its page, fired on
 * exact subjects in the whole report; silent on a clean transition and split; and its near misses.
 */
class SuccessionGapRuleTest {

  /** The example of the rule's page: the CCGs pass to one ICB on 1 July 2022, and on 1 April 2026 the ICB is split, but the split names a successor for Tees Valley only, so the delegation the ICB received for County Durham passes to nobody. */
  static Fixture example() {
    // example:begin
    Fixture f = split(Succession.of(SOUTH, Fixture.TEES));   // TransfersTest: the 2022 transition, then the split
    // example:end
    return f;
  }

  @Test
  void whatNoSuccessorTakesIsFlagged() {
    assertReport(example(), """
        ERROR ACC-SUCCESSION-GAP|QHM-2026|X24-84H@2022-07-01>QHM/DUR|delegate
        subjects: TransferId QHM-2026, DelegationId X24-84H@2022-07-01>QHM/DUR
        period: 2026-04-01/..
        footprint: none
        areas: [A83001]
        message: NHS North East and North Cumbria ICB (QHM) is split on 2026-04-01 but the delegation \
        X24-84H@2022-07-01>QHM/DUR it receives for Primary medical services (pms) passes to no successor in County \
        Durham (DUR); name a successor for it there in transfer QHM-2026, or end it by 2026-03-31
        evidence: transfer QHM-2026: split of NHS North East and North Cumbria ICB (QHM) on 2026-04-01, to NHS \
        Tees ICB (illustrative) (NEW-S) for every function in Tees Valley (TEES)
        evidence: X24-84H@2022-07-01>QHM/DUR: NHS North East and North Cumbria ICB (QHM) is its delegate, for \
        Primary medical services (pms), 2026-04-01 onwards
        """);
  }

  @Test
  void silentWhenEveryAreaHasASuccessor() {
    assertSilent(TransfersTest.cleanSplit(), AccountabilityRules.SUCCESSION_GAP);
    assertSilent(TransfersTest.transition(), AccountabilityRules.SUCCESSION_GAP);
  }

  @Test
  void nearMissNothingRunsAcrossTheTransferInTheUnnamedArea() {
    Fixture f = split(Succession.of(SOUTH, Fixture.TEES));
    f.transfers.removeIf(t -> t.id().equals(DURHAM_2022));
    f.delegations.removeIf(d -> d.delegate().equals(Fixture.DURHAM_CCG));
    assertSilent(f, AccountabilityRules.SUCCESSION_GAP);
  }

  @Test
  void nearMissABoundaryChangeLeavesTheRestWithTheBody() {
    Fixture f = split(Succession.of(SOUTH, Fixture.TEES));
    f.transfers.set(f.transfers.size() - 1, f.transfers.get(f.transfers.size() - 1)
        .withKind(io.github.commissioning.model.TransferKind.BOUNDARY_CHANGE));
    f.replace(f.organisations, o -> o.id().equals(TransfersTest.ICB), f.organisations.stream()
        .filter(o -> o.id().equals(TransfersTest.ICB)).findFirst().orElseThrow()
        .withExistence(io.github.commissioning.model.DateRange.startingOn(TransfersTest.JULY_2022)));
    assertSilent(f, AccountabilityRules.SUCCESSION_GAP);
  }
}
