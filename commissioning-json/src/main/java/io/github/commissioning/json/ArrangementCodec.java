package io.github.commissioning.json;

import io.github.commissioning.geography.Area;
import io.github.commissioning.geography.Footprint;
import io.github.commissioning.model.Affiliation;
import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.CommissioningFunction;
import io.github.commissioning.model.Contract;
import io.github.commissioning.model.CoverageExpectation;
import io.github.commissioning.model.Decision;
import io.github.commissioning.model.DecisionBody;
import io.github.commissioning.model.Delegation;
import io.github.commissioning.model.Duty;
import io.github.commissioning.model.Interest;
import io.github.commissioning.model.InvalidArrangementException;
import io.github.commissioning.model.Membership;
import io.github.commissioning.model.Organisation;
import io.github.commissioning.model.Person;
import io.github.commissioning.model.Transfer;
import io.github.commissioning.model.Waiver;
import io.github.commissioning.value.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An arrangement as one object: a format marker, one list per kind of part in the order of
 * {@link Arrangement}'s accessors, and the law when it is not England's table. Structural problems the
 * arrangement's builder finds (dangling and duplicate ids, inverted periods, cycles) come back as problems at
 * the pointer of the part and field at fault.
 */
final class ArrangementCodec extends Codec<Arrangement> {

  /** The format marker every arrangement file starts with. */
  static final String FORMAT = "commissioning-arrangement/1";

  /** One list of parts. */
  record Section<T>(String name, Class<T> type, ObjectCodec<T, ?> codec, Function<Arrangement, List<T>> get,
      BiConsumer<Arrangement.Builder, List<T>> add, Function<T, String> id, List<String> types) {
  }

  static final ArrangementCodec INSTANCE = new ArrangementCodec();

  private final List<Section<?>> sections = List.of(
      new Section<>("areas", Area.class, Codecs.AREA, Arrangement::areas, Arrangement.Builder::addAllAreas,
          a -> a.id().code(), List.of("Area")),
      new Section<>("footprints", Footprint.class, Codecs.FOOTPRINT, Arrangement::footprints, Arrangement.Builder::addAllFootprints,
          f -> f.id().code(), List.of("Footprint")),
      new Section<>("organisations", Organisation.class, Codecs.ORGANISATION, Arrangement::organisations,
          Arrangement.Builder::addAllOrganisations, o -> o.id().code(), List.of("Organisation")),
      new Section<>("affiliations", Affiliation.class, Codecs.AFFILIATION, Arrangement::affiliations,
          Arrangement.Builder::addAllAffiliations, a -> a.id().code(), List.of("Affiliation")),
      new Section<>("functions", CommissioningFunction.class, Codecs.FUNCTION, Arrangement::functions, Arrangement.Builder::addAllFunctions,
          f -> f.id().code(), List.of("Function", "CommissioningFunction")),
      new Section<>("duties", Duty.class, Codecs.DUTY, Arrangement::duties, Arrangement.Builder::addAllDuties,
          d -> d.id().code(), List.of("Duty")),
      new Section<>("delegations", Delegation.class, Codecs.DELEGATION, Arrangement::delegations,
          Arrangement.Builder::addAllDelegations, d -> d.id().code(), List.of("Delegation")),
      new Section<>("contracts", Contract.class, Codecs.CONTRACT, Arrangement::contracts, Arrangement.Builder::addAllContracts,
          c -> c.id().code(), List.of("Contract")),
      new Section<>("transfers", Transfer.class, Codecs.TRANSFER, Arrangement::transfers, Arrangement.Builder::addAllTransfers,
          t -> t.id().code(), List.of("Transfer")),
      new Section<>("expectations", CoverageExpectation.class, Codecs.EXPECTATION, Arrangement::expectations,
          Arrangement.Builder::addAllExpectations, e -> e.function().code(), List.of("CoverageExpectation")),
      new Section<>("people", Person.class, Codecs.PERSON, Arrangement::people, Arrangement.Builder::addAllPeople,
          p -> p.id().code(), List.of("Person")),
      new Section<>("bodies", DecisionBody.class, Codecs.BODY, Arrangement::bodies, Arrangement.Builder::addAllBodies,
          b -> b.id().code(), List.of("DecisionBody", "Body")),
      new Section<>("memberships", Membership.class, Codecs.MEMBERSHIP, Arrangement::memberships,
          Arrangement.Builder::addAllMemberships, m -> m.id().code(), List.of("Membership")),
      new Section<>("interests", Interest.class, Codecs.INTEREST, Arrangement::interests, Arrangement.Builder::addAllInterests,
          i -> i.id().code(), List.of("Interest")),
      new Section<>("decisions", Decision.class, Codecs.DECISION, Arrangement::decisions, Arrangement.Builder::addAllDecisions,
          d -> d.id().code(), List.of("Decision")),
      new Section<>("waivers", Waiver.class, Codecs.WAIVER, Arrangement::waivers, Arrangement.Builder::addAllWaivers,
          w -> w.key().toString(), List.of("Waiver")));

  private final List<String> fieldNames;

  private ArrangementCodec() {
    List<String> names = new ArrayList<>();
    names.add("format");
    sections.forEach(s -> names.add(s.name()));
    names.add("law");
    this.fieldNames = List.copyOf(names);
  }

  @Override
  JsonNode write(Arrangement arrangement) {
    ObjectNode object = NODES.objectNode();
    object.put("format", FORMAT);
    for (Section<?> section : sections) {
      writeSection(object, section, arrangement);
    }
    LawParts law = LawParts.of(arrangement.law());
    if (!law.isEngland()) {
      object.set("law", Codecs.LAW.write(law));
    }
    return object;
  }

  private static <T> void writeSection(ObjectNode object, Section<T> section, Arrangement arrangement) {
    List<T> items = section.get().apply(arrangement);
    if (!items.isEmpty()) {
      ArrayNode array = object.putArray(section.name());
      for (T item : items) {
        array.add(section.codec().write(item));
      }
    }
  }

  @Override
  @Nullable Arrangement read(JsonNode node, String pointer, Problems problems) {
    if (!node.isObject()) {
      problems.add(pointer, "expected an arrangement (an object with " + String.join(", ", fieldNames)
          + "), found " + describe(node));
      return null;
    }
    int before = problems.count();
    for (String given : node.propertyNames()) {
      if (!fieldNames.contains(given)) {
        problems.add(Problems.child(pointer, given), "unknown field '" + abbreviate(given) + "' in an arrangement"
            + Names.suggestion(given, fieldNames) + "; its fields are " + String.join(", ", fieldNames));
      }
    }
    JsonNode format = node.get("format");
    if (format != null && !(format.isString() && format.stringValue().equals(FORMAT))) {
      problems.add(Problems.child(pointer, "format"), "this reader knows the format \"" + FORMAT + "\", found "
          + describe(format) + "; write \"" + FORMAT + "\" or leave the field out");
    }
    Arrangement.Builder builder = Arrangement.builder();
    Map<String, String> pointers = new HashMap<>();
    for (Section<?> section : sections) {
      readSection(node, pointer, problems, builder, section, pointers);
    }
    JsonNode law = node.get("law");
    if (law != null && !law.isNull()) {
      LawParts parts = Codecs.LAW.read(law, Problems.child(pointer, "law"), problems);
      if (parts != null) {
        builder.law(parts.toLaw());
      }
    }
    if (problems.count() > before) {
      return null;
    }
    try {
      return builder.build();
    } catch (InvalidArrangementException e) {
      for (Problem p : e.problems()) {
        String at = pointers.getOrDefault(p.subjectType() + "\u0000" + p.subjectId(), pointer);
        problems.add(p.field().isEmpty() || at.equals(pointer) ? at : Problems.child(at, p.field()), p.message());
      }
      return null;
    }
  }

  private static <T> void readSection(JsonNode node, String pointer, Problems problems, Arrangement.Builder builder,
      Section<T> section, Map<String, String> pointers) {
    JsonNode list = node.get(section.name());
    if (list == null || list.isNull()) {
      return;
    }
    String at = Problems.child(pointer, section.name());
    if (!list.isArray()) {
      problems.add(at, "expected a list of " + section.codec().expected() + ", found " + describe(list));
      return;
    }
    List<T> items = new ArrayList<>(list.size());
    int i = 0;
    for (JsonNode element : list.values()) {
      String elementPointer = Problems.child(at, i++);
      T item = section.codec().read(element, elementPointer, problems);
      if (item != null) {
        items.add(item);
        for (String type : section.types()) {
          pointers.putIfAbsent(type + "\u0000" + section.id().apply(item), elementPointer);
        }
      }
    }
    section.add().accept(builder, items);
  }

  @Override
  ObjectNode schema(SchemaContext defs) {
    ObjectNode schema = type("object");
    ObjectNode properties = schema.putObject("properties");
    properties.set("format", NODES.objectNode().put("const", FORMAT)
        .put("description", "the format and its version"));
    for (Section<?> section : sections) {
      ObjectNode list = type("array");
      list.set("items", section.codec().schema(defs));
      properties.set(section.name(), list);
    }
    properties.set("law", Codecs.LAW.schema(defs));
    schema.put("additionalProperties", false);
    return schema;
  }

  @Override
  String expected() {
    return "an arrangement";
  }

  /** The sections, in the order of {@link Arrangement}'s accessors. */
  List<Section<?>> sections() {
    return sections;
  }
}
