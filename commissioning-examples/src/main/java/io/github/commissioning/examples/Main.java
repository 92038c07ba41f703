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
    QuickStart.print(System.out);
  }
}
