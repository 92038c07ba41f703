package io.github.commissioning.rules;

import static io.github.commissioning.rules.Fixture.APRIL_2013;
import static io.github.commissioning.rules.Fixture.APRIL_2015;
import static io.github.commissioning.rules.Fixture.DECISION;
import static io.github.commissioning.rules.Fixture.FEDERATION;
import static io.github.commissioning.rules.Fixture.GB;
import static io.github.commissioning.rules.Fixture.NHSE;
import static io.github.commissioning.rules.Fixture.PCCC;
import static io.github.commissioning.rules.Fixture.PMS;
import static io.github.commissioning.rules.Fixture.PRACTICE;
import static io.github.commissioning.rules.Fixture.TEES;
import static io.github.commissioning.rules.Fixture.TEES_CCG;
import static io.github.commissioning.rules.Fixture.TO_TEES;
import static io.github.commissioning.rules.Fixture.TRUST;
import static io.github.commissioning.rules.Fixture.decision;
import static io.github.commissioning.rules.Fixture.delegation;
import static io.github.commissioning.rules.Fixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.commissioning.model.BodyKind;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.DecisionId;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.EscalationKind;
import io.github.commissioning.model.FunctionId;
import io.github.commissioning.model.Interest;
import io.github.commissioning.model.InterestKind;
import io.github.commissioning.model.PersonId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The conflict rules together, on the case that motivates them. */
class GpLeadersEndToEndTest {

  /** A GP's financial interest in the Densham Surgery, a member of the Stockton federation, registered in time. */
  private static Interest practiceInterest(int person) {
    return Interest.builder().person(person(person)).kind(InterestKind.FINANCIAL).organisation(PRACTICE)
        .period(DateRange.startingOn(APRIL_2013)).declared(LocalDate.of(2013, 4, 10)).build();
  }

  /**
   * GP leaders and their own surgeries, end to end: GPs on the governing body decide a local enhanced
   * service that reaches their own practices through the federation; they declare and withdraw, which
   * leaves the body inquorate; the item is referred to the PCCC, which decides it cleanly.
   */
  @Test
  void gpLeadersDecidingTheirOwnEnhancedServiceEndToEnd() {
    FunctionId les = FunctionId.of("les");
    Fixture f = Fixture.clean();
    f.functions.add(CommissioningFunction.of(les, "Local enhanced services"));
    f.duties.add(Duty.of(TEES_CCG, les, Fixture.ENGLAND, DateRange.startingOn(APRIL_2013)));
    f.replace(f.bodies, b -> b.id().equals(PCCC), DecisionBody.builder().id(PCCC)
        .name("Primary care commissioning committee").organisation(TEES_CCG)
        .kind(BodyKind.PRIMARY_CARE_COMMISSIONING_COMMITTEE).quorum(3).addRemit(PMS, les).build());
    f.interests.add(practiceInterest(1));                       // GP partner at the Densham Surgery
    f.interests.add(practiceInterest(4));                       // the nurse works at the surgery
    f.interests.add(practiceInterest(5));                       // the specialist holds shares in it
    f.interests.add(Interest.builder().person(person(9)).kind(InterestKind.INDIRECT).organisation(FEDERATION)
        .through(person(8)).period(DateRange.startingOn(APRIL_2013)).declared(APRIL_2013).build());   // spouse runs it
    List<PersonId> present = List.of(person(1), person(2), person(4), person(5), person(6), person(9));
    DecisionId les2021 = DecisionId.of("GB-2021-06-LES");
    Decision.Builder atTheGoverningBody = Decision.builder().id(les2021).title("Diabetes LES 2021/22").body(GB)
        .date(Fixture.JUNE_2021).function(les).affects(FEDERATION).participants(present).voters(present);

    // 1. Everyone votes; nobody declares.
    f.replace(f.decisions, d -> true, atTheGoverningBody.build());
    Report first = f.check();
    assertEquals(List.of(
            "COI-CONFLICTED-VOTE|GB-2021-06-LES|P1", "COI-CONFLICTED-VOTE|GB-2021-06-LES|P4",
            "COI-CONFLICTED-VOTE|GB-2021-06-LES|P5", "COI-ESCALATION-MISSING|GB-2021-06-LES",
            "COI-INQUORATE|GB-2021-06-LES", "COI-UNDECLARED|GB-2021-06-LES|P1", "COI-UNDECLARED|GB-2021-06-LES|P4",
            "COI-UNDECLARED|GB-2021-06-LES|P5", "COI-CONFLICTED-VOTE|GB-2021-06-LES|P9", "COI-INDIRECT|GB-2021-06-LES|P9"),
        first.findings().stream().map(x -> x.key().toString()).toList());

    // 2. The conflicted members declare and withdraw: the body is left inquorate.
    List<PersonId> conflicted = List.of(person(1), person(4), person(5), person(9));
    atTheGoverningBody.declarations(conflicted).withdrew(conflicted).participants(List.of(person(2), person(6)))
        .voters(List.of(person(2), person(6)));
    f.replace(f.decisions, d -> true, atTheGoverningBody.build());
    Report second = f.check();
    assertEquals(List.of("COI-ESCALATION-MISSING|GB-2021-06-LES", "COI-INQUORATE|GB-2021-06-LES"),
        second.findings().stream().map(x -> x.key().toString()).toList());
    assertTrue(second.findings().get(1).message().contains("stands with 2 unconflicted voting members, below its "
        + "quorum of 4, once Dr Ada Ahmed (P1), Dan Davies (P4), Eve Evans (P5) and Iris Irving (P9) are excluded"),
        second.findings().get(1).message());

    // 3. The item is referred to the PCCC, which decides it without conflicted members.
    f.replace(f.decisions, d -> true, atTheGoverningBody.escalation(EscalationKind.REFERRED).referredTo(PCCC).build());
    f.decisions.add(Decision.builder().id(DecisionId.of("PCCC-2021-06-LES")).title("Diabetes LES 2021/22").body(PCCC)
        .date(LocalDate.of(2021, 6, 15)).function(les).affects(FEDERATION)
        .participants(List.of(person(7), person(2), person(3))).voters(List.of(person(7), person(2), person(3)))
        .build());
    Report third = f.check();
    assertEquals(List.of(), third.findings());
    assertEquals(List.of("COI-ESCALATION-MISSING|GB-2021-06-LES", "COI-INQUORATE|GB-2021-06-LES"),
        Report.diff(second, third).resolved().stream().map(x -> x.key().toString()).toList());
  }
}
