package io.github.commissioning.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.commissioning.json.ArrangementFiles.Syntax;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.testing.Scenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutates valid documents and reads them: every outcome is an arrangement that round-trips or a
 * {@link FormatException}, never another exception, a hang or an {@code OutOfMemoryError}. {@code verify} runs a
 * bounded sample; {@code mvn -B -pl commissioning-json -am -P fuzz verify} runs 100,000 mutations.
 */
class FuzzTest {

  static final int MUTATIONS = Integer.getInteger("commissioning.fuzz.mutations", 3_000);
  static final long SEED = Long.getLong("commissioning.fuzz.seed", 20261130L);

  static List<String[]> documents() {
    List<String[]> documents = new ArrayList<>();
    Random random = new Random(SEED);
    for (int i = 0; i < 6; i++) {
      List<Integer> choices = new ArrayList<>();
      for (int j = 0; j < 40; j++) {
        choices.add(random.nextInt(12));
      }
      Arrangement arrangement = Scenarios.decode(choices).arrangement();
      documents.add(new String[] {"JSON", ArrangementFiles.write(arrangement, Syntax.JSON)});
      documents.add(new String[] {"YAML", ArrangementFiles.write(arrangement, Syntax.YAML)});
    }
    documents.add(new String[] {"YAML", HostileFilesTest.VALID});
    return documents;
  }

  static String mutate(String text, Random random) {
    if (text.isEmpty()) {
      return "{";
    }
    int at = random.nextInt(text.length());
    int length = 1 + random.nextInt(Math.min(20, text.length() - at));
    String[] tokens = {"{", "}", "[", "]", ",", ":", "\"", "'", "-", " ", "\n", "null", "true", "1e999", "&a", "*a",
        "!!java.lang.Object", "@class", "2021-13-45", "../..", "99999999999999999999999", "\\u0000", "#", "---",
        "\t", "\u00a0", "X24", "pms", "period", "id"};
    return switch (random.nextInt(7)) {
      case 0 -> text.substring(0, at) + text.substring(at + length);
      case 1 -> text.substring(0, at) + tokens[random.nextInt(tokens.length)] + text.substring(at);
      case 2 -> text.substring(0, at) + tokens[random.nextInt(tokens.length)] + text.substring(at + length);
      case 3 -> text.substring(0, at);
      case 4 -> {
        String[] lines = text.split("\n", -1);
        int a = random.nextInt(lines.length);
        int b = random.nextInt(lines.length);
        String swap = lines[a];
        lines[a] = lines[b];
        lines[b] = swap;
        yield String.join("\n", lines);
      }
      case 5 -> {
        String[] lines = text.split("\n", -1);
        int a = random.nextInt(lines.length);
        List<String> copy = new ArrayList<>(List.of(lines));
        copy.add(a, lines[a]);
        yield String.join("\n", copy);
      }
      default -> text.substring(0, at) + text.substring(at, at + length).toUpperCase(java.util.Locale.ROOT)
          + text.substring(at + length);
    };
  }

  @Test
  void everyMutationReadsAndRoundTripsOrGivesAFormatException() {
    List<String[]> documents = documents();
    Random random = new Random(SEED);
    int read = 0;
    int refused = 0;
    for (int i = 0; i < MUTATIONS; i++) {
      String[] document = documents.get(random.nextInt(documents.size()));
      Syntax syntax = Syntax.valueOf(document[0]);
      String text = document[1];
      for (int m = 1 + random.nextInt(3); m > 0; m--) {
        text = mutate(text, random);
      }
      try {
        Arrangement arrangement = ArrangementFiles.read(text, syntax, "mutation " + i);
        String written = ArrangementFiles.write(arrangement, syntax);
        int index = i;
        assertEquals(arrangement, ArrangementFiles.read(written, syntax, "rewritten"), () -> "mutation " + index);
        read++;
      } catch (FormatException e) {
        refused++;
        if (e.problems().isEmpty() || e.getMessage().isBlank()) {
          fail("mutation " + i + " gave a FormatException without problems");
        }
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError("mutation " + i + " (seed " + SEED + ") of a " + syntax + " document threw "
            + e + " instead of a FormatException; the document:\n" + text, e);
      }
    }
    assertEquals(MUTATIONS, read + refused);
  }
}
