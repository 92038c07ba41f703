package io.github.commissioning.json;

import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.Interest;
import io.github.commissioning.model.InterestKind;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.OrganisationId;
import io.github.commissioning.model.Person;
import io.github.commissioning.model.PersonId;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Imports a register of interests as NHS bodies publish it, in the columns of NHS England's model register
 * (Managing Conflicts of Interest: Revised Statutory Guidance for CCGs, 2017, Annex B), into the people and
 * interests of an arrangement.
 * <p>
 * The columns, matched by header without regard to case, spacing or punctuation:
 * <ul>
 *   <li>{@code Name} (required): the person, matched to the arrangement's people by exact name, or a new person;
 *   <li>{@code Current position(s) held} (optional): kept with the row;
 *   <li>{@code Declared Interest (Name of the organisation and nature of business)} (required): the
 *       organisation, matched by ODS code or exact name — the whole cell, or the part before " - ", " (" or ",";
 *   <li>{@code Type of Interest} (required): Financial, Non-financial professional, Non-financial personal or
 *       Indirect (with or without "interest(s)");
 *   <li>{@code Is the interest direct or indirect?} and {@code Nature of Interest} (optional): an indirect row
 *       is imported as an {@link InterestKind#INDIRECT} interest;
 *   <li>{@code From} and {@code To} (From required): dates as 2021-04-01 or 01/04/2021; an empty To, "ongoing" or
 *       "present" leaves the interest open;
 *   <li>{@code Date declared} (optional, not in the model register): when it was declared; without it, the
 *       register's publication date is taken as the latest it can have been declared;
 *   <li>{@code Action taken to mitigate risk} (optional): kept by interest, see {@link Import#actions()}.
 * </ul>
 * Every row becomes an interest or is {@linkplain Import#rejected() rejected} with its line and reason; none is
 * dropped. A file without the required columns gives a {@link FormatException}.
 * <pre>{@code
 * RegisterOfInterests.Import imported = RegisterOfInterests.read(Path.of("register.csv"), arrangement,
 *     LocalDate.of(2021, 6, 1));
 * imported.rejected().forEach(System.err::println);
 * Arrangement withInterests = imported.applyTo(arrangement);
 * }</pre>
 *
 * @since 0.1
 */
public final class RegisterOfInterests {

  private static final Map<String, String> COLUMNS = columns();
  private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK)
      .withResolverStyle(ResolverStyle.STRICT);

  private RegisterOfInterests() {
  }

  private static Map<String, String> columns() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("name", "name");
    columns.put("currentpositionsheld", "position");
    columns.put("currentpositionsheldintheccg", "position");
    columns.put("positionheld", "position");
    columns.put("declaredinterest", "interest");
    columns.put("declaredinterestnameoftheorganisationandnatureofbusiness", "interest");
    columns.put("typeofinterest", "type");
    columns.put("istheinterestdirectorindirect", "direct");
    columns.put("natureofinterest", "nature");
    columns.put("from", "from");
    columns.put("dateofinterestfrom", "from");
    columns.put("to", "to");
    columns.put("dateofinterestto", "to");
    columns.put("datedeclared", "declared");
    columns.put("actiontakentomitigaterisk", "action");
    return columns;
  }

  /** What an import made of a register. */
  public static final class Import {
    private final List<Person> people;
    private final List<Interest> interests;
    private final Map<Interest, String> actions;
    private final List<RejectedRow> rejected;

    Import(List<Person> people, List<Interest> interests, Map<Interest, String> actions, List<RejectedRow> rejected) {
      this.people = List.copyOf(people);
      this.interests = List.copyOf(interests);
      this.actions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(actions));
      this.rejected = List.copyOf(rejected);
    }

    /**
     * Returns the people the register names that the arrangement did not hold, in register order.
     *
     * @return the new people, not null
     */
    public List<Person> people() {
      return people;
    }

    /**
     * Returns the interests, one per accepted row, in register order.
     *
     * @return the interests, not null
     */
    public List<Interest> interests() {
      return interests;
    }

    /**
     * Returns the action taken to mitigate each interest, as the register states it, for the rows that state one.
     *
     * @return the actions by interest, in register order, not null
     */
    public Map<Interest, String> actions() {
      return actions;
    }

    /**
     * Returns the rows that could not be imported, each with its line and reason.
     *
     * @return the rejected rows, in register order, not null
     */
    public List<RejectedRow> rejected() {
      return rejected;
    }

    /**
     * Returns the arrangement with the new people and the interests added.
     *
     * @param arrangement the arrangement the register was matched against, not null
     * @return the arrangement with them, not null
     */
    public Arrangement applyTo(Arrangement arrangement) {
      return arrangement.toBuilder().addAllPeople(people).addAllInterests(interests).build();
    }
  }

  /**
   * A row of a register that could not be imported.
   *
   * @param source the file
   * @param line the row's line in the file, from 1 (the header is line 1)
   * @param name the row's name cell
   * @param interest the row's declared-interest cell
   * @param reason why it was not imported and what would fix it
   */
  public record RejectedRow(String source, long line, String name, String interest, String reason) {
    /**
     * Checks the components.
     *
     * @param source the file
     * @param line the row's line
     * @param name the name cell
     * @param interest the declared-interest cell
     * @param reason why it was not imported
     */
    public RejectedRow {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(interest, "interest");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
      return source + ":" + line + ": " + name + ", \"" + interest + "\": " + reason;
    }
  }

  /**
   * Imports a register from a CSV file (UTF-8, a header row first).
   *
   * @param csv the file, not null
   * @param arrangement the arrangement whose organisations and people the rows are matched to, not null
   * @param published the date the register was published: the latest an interest without a "Date declared" can
   *     have been declared, not null
   * @return what was imported and what was rejected, not null
   * @throws FormatException if the header lacks a required column or the CSV is malformed
   * @throws IOException if the file cannot be read
   */
  public static Import read(Path csv, Arrangement arrangement, LocalDate published) throws IOException {
    long size = Files.size(csv);
    if (size > ReadLimits.MAX_DOCUMENT_CHARS) {
      throw new FormatException(List.of(new FormatProblem(csv.toString(), "", 0, 0, "the file is " + size
          + " bytes, more than the " + ReadLimits.MAX_DOCUMENT_CHARS + " this reader takes")), 0);
    }
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return read(in, csv.toString(), arrangement, published);
    }
  }

  /**
   * Imports a register from CSV text.
   *
   * @param csv the text, a header row first, not null
   * @param source what to call it in problems, not null
   * @param arrangement the arrangement to match to, not null
   * @param published the date the register was published, not null
   * @return what was imported and what was rejected, not null
   * @throws FormatException if the header lacks a required column or the CSV is malformed
   */
  public static Import read(String csv, String source, Arrangement arrangement, LocalDate published) {
    try {
      return read(new StringReader(csv), source, arrangement, published);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Import read(Reader in, String source, Arrangement arrangement, LocalDate published)
      throws IOException {
    Objects.requireNonNull(arrangement, "arrangement");
    Objects.requireNonNull(published, "published");
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
        .setAllowMissingColumnNames(true).setTrim(true).get();
    Matcher matcher = new Matcher(arrangement);
    List<Person> people = new ArrayList<>();
    List<Interest> interests = new ArrayList<>();
    Map<Interest, String> actions = new LinkedHashMap<>();
    List<RejectedRow> rejected = new ArrayList<>();
    try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
      Map<String, Integer> header = header(parser.getHeaderNames(), source);
      for (CSVRecord record : parser) {
        Row row = new Row(record, header);
        long line = record.getParser().getCurrentLineNumber();
        String reason = matcher.accept(row, published, people, interests, actions);
        if (reason != null) {
          rejected.add(new RejectedRow(source, line, row.get("name"), row.get("interest"), reason));
        }
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new FormatException(List.of(new FormatProblem(source, "", 0, 0, "the CSV is malformed: "
          + e.getMessage() + "; check its quotes and separators")), 0);
    }
    return new Import(people, interests, actions, rejected);
  }

  private static Map<String, Integer> header(List<String> names, String source) {
    Map<String, Integer> header = new HashMap<>();
    List<FormatProblem> problems = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String key = names.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
      String column = COLUMNS.get(key);
      if (column != null) {
        header.putIfAbsent(column, i);
      }
    }
    for (String required : List.of("name", "interest", "type", "from")) {
      if (!header.containsKey(required)) {
        problems.add(new FormatProblem(source, "", 1, 0, "the header has no '" + columnTitle(required)
            + "' column; the register needs Name, Declared Interest, Type of Interest and From (headers found: "
            + String.join(", ", names) + ")"));
      }
    }
    if (!problems.isEmpty()) {
      throw new FormatException(problems, 0);
    }
    return header;
  }

  private static String columnTitle(String column) {
    return switch (column) {
      case "name" -> "Name";
      case "interest" -> "Declared Interest";
      case "type" -> "Type of Interest";
      default -> "From";
    };
  }

  /** One row's cells by column. */
  private static final class Row {
    private final CSVRecord record;
    private final Map<String, Integer> header;

    Row(CSVRecord record, Map<String, Integer> header) {
      this.record = record;
      this.header = header;
    }

    String get(String column) {
      Integer i = header.get(column);
      return i == null || i >= record.size() ? "" : record.get(i).strip();
    }
  }

  /** Matches rows to the arrangement's organisations and people. */
  private static final class Matcher {
    private final Map<String, OrganisationId> organisations = new HashMap<>();
    private final List<String> organisationNames = new ArrayList<>();
    private final Map<String, PersonId> people = new HashMap<>();
    private final Set<PersonId> ids = new java.util.HashSet<>();

    Matcher(Arrangement arrangement) {
      for (Organisation o : arrangement.organisations()) {
        organisations.putIfAbsent(o.id().code(), o.id());
        organisations.putIfAbsent(o.name(), o.id());
        organisationNames.add(o.name());
      }
      for (Person p : arrangement.people()) {
        people.putIfAbsent(p.name(), p.id());
        ids.add(p.id());
      }
    }

    @Nullable String accept(Row row, LocalDate published, List<Person> newPeople, List<Interest> interests,
        Map<Interest, String> actions) {
      String name = row.get("name");
      if (name.isEmpty()) {
        return "the row has no name; give the person's name";
      }
      Optional<OrganisationId> organisation = organisation(row.get("interest"));
      if (organisation.isEmpty()) {
        String cell = row.get("interest");
        return "no organisation of the arrangement has the code or exact name '" + Codec.abbreviate(cell) + "'"
            + Names.suggestion(cell, organisationNames) + "; add the organisation, or write its code or exact name";
      }
      InterestKind kind = kind(row.get("type"), row.get("direct"));
      if (kind == null) {
        return "unknown type of interest '" + row.get("type") + "'; give Financial, Non-financial professional, "
            + "Non-financial personal or Indirect";
      }
      LocalDate from = date(row.get("from"));
      if (from == null) {
        return "the From date '" + row.get("from") + "' is not a date; write it as 2021-04-01 or 01/04/2021";
      }
      String toText = row.get("to");
      boolean open = toText.isEmpty() || toText.equalsIgnoreCase("ongoing") || toText.equalsIgnoreCase("present");
      LocalDate to = open ? null : date(toText);
      if (!open && to == null) {
        return "the To date '" + toText + "' is not a date; write it as 2022-03-31 or 31/03/2022, or leave it "
            + "empty for an interest still held";
      }
      if (to != null && to.isBefore(from)) {
        return "the interest ends (" + to + ") before it starts (" + from + "); correct the dates";
      }
      String declaredText = row.get("declared");
      LocalDate declared = declaredText.isEmpty() ? published : date(declaredText);
      if (declared == null) {
        return "the declaration date '" + declaredText + "' is not a date; write it as 2021-04-01 or 01/04/2021";
      }
      PersonId person = people.get(name);
      if (person == null) {
        person = newId(name);
        people.put(name, person);
        ids.add(person);
        newPeople.add(Person.of(person, name));
      }
      Interest interest = Interest.builder().person(person).kind(kind).organisation(organisation.get())
          .period(to == null ? DateRange.startingOn(from) : DateRange.of(from, to)).declared(declared).build();
      interests.add(interest);
      String action = row.get("action");
      if (!action.isEmpty()) {
        actions.put(interest, action);
      }
      return null;
    }

    private PersonId newId(String name) {
      String base = "P-" + name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
      if (base.length() > 90) {
        base = base.substring(0, 90);
      }
      PersonId id = PersonId.of(base);
      for (int n = 2; ids.contains(id); n++) {
        id = PersonId.of(base + "-" + n);
      }
      return id;
    }

    private Optional<OrganisationId> organisation(String cell) {
      if (cell.isEmpty()) {
        return Optional.empty();
      }
      OrganisationId whole = organisations.get(cell);
      if (whole != null) {
        return Optional.of(whole);
      }
      for (String separator : List.of(" - ", " – ", " (", ",")) {
        int at = cell.indexOf(separator);
        if (at > 0) {
          OrganisationId part = organisations.get(cell.substring(0, at).strip());
          if (part != null) {
            return Optional.of(part);
          }
        }
      }
      return Optional.empty();
    }

    private static @Nullable InterestKind kind(String type, String direct) {
      String t = type.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").replaceAll("interests?$", "");
      InterestKind kind = switch (t) {
        case "financial" -> InterestKind.FINANCIAL;
        case "nonfinancialprofessional" -> InterestKind.PROFESSIONAL;
        case "nonfinancialpersonal" -> InterestKind.PERSONAL;
        case "indirect" -> InterestKind.INDIRECT;
        default -> null;
      };
      if (kind != null && direct.toLowerCase(Locale.ROOT).strip().equals("indirect")) {
        return InterestKind.INDIRECT;
      }
      return kind;
    }

    private static @Nullable LocalDate date(String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        try {
          return LocalDate.parse(text, UK_DATE);
        } catch (DateTimeParseException e2) {
          return null;
        }
      }
    }
  }
}
