package io.github.commissioning.rules;

import io.github.commissioning.internal.Access;
import io.github.commissioning.internal.AreaSet;
import io.github.commissioning.internal.Days;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.Contract;
import io.github.commissioning.model.ContractForm;
import io.github.commissioning.model.ContractId;
import io.github.commissioning.model.DateRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class BrokenContractChain extends BaseRule {
  static final RuleInfo INFO = StandardRules.info(AccountabilityRules.BROKEN_CONTRACT_CHAIN,
      "Sub-contract with no prime contract above it", Severity.ERROR)
      .status(RuleStatus.PROVISIONAL)
      .explanation("A sub-contract is let by the holder of a prime contract, which answers to the "
          + "commissioner for the sub-contractor's work. A sub-contract that names no prime contract, whose prime "
          + "contract is not held by the one letting it, or that runs beyond the prime contract's term or area, "
          + "leaves nobody answering to the commissioner for it there. This follows the prime contractor model "
          + "described in commentary, not a statute.")
      .remedy("Record the prime contract from the commissioner to the organisation that lets the "
          + "sub-contract, narrow the sub-contract to the prime's term and area, or have the commissioner contract "
          + "with the provider directly.")
      .sources(Sources.KINGS_FUND_CONTRACTING.supports("under a prime contractor model the commissioner keeps "
              + "accountability and the prime contractor holds its sub-contractors to account"))
      .build();

  BrokenContractChain() {
    super(INFO);
  }

  @Override
  public List<Finding> evaluate(Analysis analysis) {
    Arrangement arrangement = analysis.arrangement();
    // a prime contract, as the transfers leave it: its stated piece and the pieces carried to successors; only
    // the contracts some sub-contract names as prime are gathered
    // only the contracts in a chain, as the arrangement lists them, can be sub-contracts: most arrangements have none
    int[] chained = Access.chainedContracts(arrangement);
    Set<ContractId> named = new HashSet<>();
    for (int i : chained) {
      Contract c = arrangement.effectiveContracts().get(i);
      if (c.prime().isPresent()) {
        named.add(c.prime().get());
      }
    }
    Map<ContractId, List<Contract>> pieces = new HashMap<>();
    if (!named.isEmpty()) {
      for (Contract c : arrangement.effectiveContracts()) {
        ContractId origin = arrangement.originOf(c.id());
        if (named.contains(origin)) {
          pieces.computeIfAbsent(origin, k -> new ArrayList<>()).add(c);
        }
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (int i : chained) {
      Contract sub = arrangement.effectiveContracts().get(i);
      if (sub.prime().isEmpty()) {
        if (sub.form() == ContractForm.SUB_CONTRACT) {
          findings.add(finding(analysis, sub, "no-prime", sub.term(), AreaSet.empty(), analysis.name(sub.commissioner())
              + " lets sub-contract " + sub.id() + " for " + analysis.name(sub.function()) + " to "
              + analysis.name(sub.provider()) + " but names no prime contract above it; record the prime contract "
              + "it is let under, or contract the provider directly"));
        }
        continue;
      }
      AreaSet areas = Access.areas(arrangement.geography(), sub.footprint());
      AreaSet outside = AreaSet.empty();
      long covered = Days.start(sub.term());
      long end = Days.endExclusive(sub.term());
      List<Contract> primes = new ArrayList<>(pieces.getOrDefault(sub.prime().get(), List.of()));
      primes.removeIf(p -> !p.provider().equals(sub.commissioner()) || !p.term().overlaps(sub.term()));
      primes.sort((a, b) -> Long.compare(Days.start(a.term()), Days.start(b.term())));
      long gapEnd = end;   // the first stretch of the sub-contract's term that no prime covers
      for (Contract prime : primes) {
        if (Days.start(prime.term()) > covered) {
          gapEnd = Math.min(end, Days.start(prime.term()));
          break;
        }
        covered = Math.max(covered, Days.endExclusive(prime.term()));
      }
      for (Contract prime : primes) {
        outside = outside.union(areas.difference(Access.areas(arrangement.geography(), prime.footprint())));
      }
      if (primes.isEmpty()) {
        findings.add(finding(analysis, sub, "not-held", sub.term(), areas, analysis.name(sub.commissioner())
            + " lets sub-contract " + sub.id() + " for " + analysis.name(sub.function()) + " to "
            + analysis.name(sub.provider()) + " under prime contract " + sub.prime().get() + ", but holds no such "
            + "prime contract " + Facts.when(sub.term()) + "; a sub-contract needs a commissioner–prime contract "
            + "above it, held by the one letting it"));
        continue;
      }
      if (covered < end) {
        DateRange beyond = Facts.period(covered, covered < gapEnd ? gapEnd : end);
        findings.add(finding(analysis, sub, "beyond-term", beyond, areas, "Sub-contract " + sub.id() + " of "
            + analysis.name(sub.commissioner()) + " runs " + Facts.when(beyond) + ", beyond its prime contract "
            + sub.prime().get() + "; end it with the prime contract or extend the prime"));
      }
      if (!outside.isEmpty()) {
        findings.add(finding(analysis, sub, "beyond-area", sub.term(), outside, "Sub-contract " + sub.id() + " of "
            + analysis.name(sub.commissioner()) + " covers " + analysis.describe(outside) + ", outside its prime "
            + "contract " + sub.prime().get() + "; narrow it to the prime's area"));
      }
    }
    return findings;
  }

  private Finding finding(Analysis analysis, Contract sub, String discriminator, DateRange period, AreaSet areas,
      String message) {
    return Finding.builder(this).addSubjects(sub.id()).discriminator(discriminator).period(period)
        .footprint(sub.footprint()).areas(Access.index(analysis.arrangement().geography()).areasOf(areas))
        .message(message).addEvidence(Wording.describe(analysis, sub)).build();
  }
}
