package io.github.commissioning.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.geography.AreaId;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.DelegationId;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.Mechanism;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.rules.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Primary care delegated to every CCG, carried to the ICBs in 2022 and through the 2026 mergers and splits. */
class Mergers2026Test {

  static final England ENGLAND = England.load();

  static Arrangement delegatedEverywhere() {
    Arrangement.Builder builder = ENGLAND.builder().addAllFunctions(DelegatedPrimaryCare.primaryCareFunctions())
        .addDuties(Duty.of(England.NHS_ENGLAND, DelegatedPrimaryCare.PMS, England.ENGLAND,
            DateRange.startingOn(LocalDate.of(2013, 4, 1))));
    for (String ccg : ENGLAND.ccgCodes()) {
      builder.addDelegations(Delegation.builder().id(DelegationId.of("X24-" + ccg + "-pms"))
          .delegator(England.NHS_ENGLAND).delegate(OrganisationId.of(ccg)).function(DelegatedPrimaryCare.PMS)
          .footprint(ENGLAND.footprintOf(ccg)).mechanism(Mechanism.DELEGATION)
          .period(DateRange.startingOn(England.CONFIGURATION_2021))
          .addKeptBack(DelegatedPrimaryCare.PERFORMERS, DelegatedPrimaryCare.APPRAISAL).build());
    }
    return builder.addAllTransfers(ENGLAND.transfers2022()).addAllTransfers(ENGLAND.transfers2026()).build();
  }

  @Test
  void eachSubIcbLocationPassesToItsNewIcbAndTheRestStay() {
    Accountability a = Accountability.of(delegatedEverywhere());
    LocalDate before = England.ICBS_MERGED_2026.minusDays(1);
    LocalDate after = England.ICBS_MERGED_2026;
    List<String> answers = new ArrayList<>();
    for (String ccg : List.of("07H", "06T", "06K", "06L", "99E", "W2U3Z", "16C")) {
      AreaId practice = AreaId.of(ENGLAND.practicesOf(ccg).get(0));
      answers.add(ccg + " " + a.exercisedBy(DelegatedPrimaryCare.PMS, practice, before).orElseThrow().id() + " "
          + a.exercisedBy(DelegatedPrimaryCare.PMS, practice, after).orElseThrow().id());
    }
    assertEquals(List.of("07H QM7 ICB-ESSEX", "06T QJG ICB-ESSEX", "06K QM7 ICB-CENTRAL-EAST",
        "06L QJG ICB-NORFOLK-SUFFOLK", "99E QH8 ICB-ESSEX", "W2U3Z QRV ICB-NW-NC-LONDON", "16C QHM QHM"), answers);
    assertEquals(List.of("ICB-CENTRAL-EAST", "ICB-ESSEX", "ICB-NORFOLK-SUFFOLK", "ICB-NW-NC-LONDON"),
        ENGLAND.icbCodes2026());
    assertEquals(List.of("MERGER", "MERGER", "SPLIT", "SPLIT", "MERGER", "MERGER", "MERGER", "MERGER"),
        ENGLAND.transfers2026().stream().map(t -> t.kind().name()).toList());
  }

  @Test
  void theCarriedArrangementIsCleanThroughBothReorganisations() {
    Arrangement arrangement = delegatedEverywhere();
    assertEquals(List.of(), RuleSet.standard().asOf(LocalDate.of(2026, 6, 1)).check(arrangement).findings().stream()
        .map(f -> f.key().toString()).toList());
  }
}
