package io.github.commissioning.examples;

/** The main example program: the README's run command starts it. */
public final class Main {

  private Main() {
  }

  /**
   * Runs the examples.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("Quick start: NHS England delegates primary medical services to NHS Tees Valley CCG");
    System.out.println("==================================================================================");
    QuickStart.run();
  }
}
