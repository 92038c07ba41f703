/**
 * Example programs on the real map of England, and the benchmarks' workloads.
 */
module io.github.commissioning.examples {
  requires io.github.commissioning.core;
  requires info.picocli;
  requires org.apache.commons.csv;
  requires static jmh.core;
  requires static java.management;

  exports io.github.commissioning.examples;

  opens io.github.commissioning.examples to info.picocli;
}
