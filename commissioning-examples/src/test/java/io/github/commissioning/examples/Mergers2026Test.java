package io.github.commissioning.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.commissioning.accountability.Accountability;
import io.github.commissioning.geography.AreaId;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Duty;
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
      builder.addDelegations(DelegatedPrimaryCare.toCcg(ENGLAND, ccg).build());
    }
    return builder.addAllTransfers(ENGLAND.transfers2022()).addAllTransfers(ENGLAND.transfers2026()).build();
  }

  @Test
  void eachSubIcbLocationPassesToItsNewIcbAndTheRestStay() {
    Accountability a = Accountability.of(delegatedEverywhere());
    LocalDate before = England.ICBS_MERGED_2026.minusDays(1);
    LocalDate after = England.ICBS_MERGED_2026;
    List<String> answers = new ArrayList<>();
    for (String ccg : List.of("07H", "06T", "06K", "06L", "99E", "W2U3Z", "16C", "10Q", "70F")) {
      AreaId practice = AreaId.of(ENGLAND.practicesOf(ccg).get(0));
      answers.add(ccg + " " + a.exercisedBy(DelegatedPrimaryCare.PMS, practice, before).orElseThrow().id() + " "
          + a.exercisedBy(DelegatedPrimaryCare.PMS, practice, after).orElseThrow().id());
    }
    assertEquals(List.of("07H QM7 ICB-ESSEX", "06T QJG ICB-ESSEX", "06K QM7 ICB-CENTRAL-EAST",
        "06L QJG ICB-NORFOLK-SUFFOLK", "99E QH8 ICB-ESSEX", "W2U3Z QRV ICB-NW-NC-LONDON", "16C QHM QHM",
        "10Q QU9 ICB-THAMES-VALLEY", "70F QNX ICB-SURREY-SUSSEX"), answers);
    // Frimley's three parts
    List<String> frimley = new ArrayList<>();
    for (String part : List.of("FRIMLEY-EAST-BERKSHIRE", "FRIMLEY-SURREY", "FRIMLEY-NE-HAMPSHIRE")) {
      AreaId practice = delegatedEverywhere().geography().areasOf(
          io.github.commissioning.geography.FootprintId.of(part)).first();
      frimley.add(part + " " + a.exercisedBy(DelegatedPrimaryCare.PMS, practice, before).orElseThrow().id() + " "
          + a.exercisedBy(DelegatedPrimaryCare.PMS, practice, after).orElseThrow().id());
    }
    assertEquals(List.of("FRIMLEY-EAST-BERKSHIRE QNQ ICB-THAMES-VALLEY", "FRIMLEY-SURREY QNQ ICB-SURREY-SUSSEX",
        "FRIMLEY-NE-HAMPSHIRE QNQ QRL"), frimley);
    assertEquals(List.of("ICB-CENTRAL-EAST", "ICB-ESSEX", "ICB-NORFOLK-SUFFOLK", "ICB-NW-NC-LONDON",
        "ICB-SURREY-SUSSEX", "ICB-THAMES-VALLEY"), ENGLAND.icbCodes2026());
    // QH8 QHG QJG QM7 QMJ QMM QNQ QNX QRV QU9 QUE QXU: twelve ICBs abolished, three of them split
    assertEquals(List.of("QH8 MERGER", "QHG MERGER", "QJG SPLIT", "QM7 SPLIT", "QMJ MERGER", "QMM MERGER",
        "QNQ SPLIT", "QNX MERGER", "QRV MERGER", "QU9 MERGER", "QUE MERGER", "QXU MERGER"),
        ENGLAND.transfers2026().stream().map(t -> t.predecessor() + " " + t.kind().name()).toList());
  }

  @Test
  void theCarriedArrangementIsCleanThroughBothReorganisations() {
    Arrangement arrangement = delegatedEverywhere();
    assertEquals(List.of(), RuleSet.standard().asOf(LocalDate.of(2026, 6, 1)).check(arrangement).findings().stream()
        .map(f -> f.key().toString()).toList());
  }
}
