package io.github.commissioning.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class Specialised2024Test {

  @Test
  void theEastsJointCommitteeFrom2024LondonsFrom2025AndHighlySpecialisedServicesStayWithNhsEngland() {
    Answers result = Specialised2024.run(new Out(new PrintStream(OutputStream.nullOutputStream()),
        Out.Format.TEXT));
    String east = England.load().practicesOf("06H").get(0);
    String london = England.load().practicesOf("93C").get(0);
    assertEquals(List.of(
        "2024-06-01 " + east + " specialised: East of England specialised services joint committee (illustrative); "
            + "highly specialised: NHS England",
        "2024-06-01 " + london + " specialised: NHS England; highly specialised: NHS England",
        "2025-06-01 " + east + " specialised: East of England specialised services joint committee (illustrative); "
            + "highly specialised: NHS England",
        "2025-06-01 " + london + " specialised: London specialised services joint committee (illustrative); "
            + "highly specialised: NHS England"), result.answers());
    assertEquals(List.of(), result.report().findings());
  }
}
