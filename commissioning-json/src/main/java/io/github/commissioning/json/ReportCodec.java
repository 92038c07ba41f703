package io.github.commissioning.json;

import io.github.commissioning.model.Waiver;
import io.github.commissioning.rules.Finding;
import io.github.commissioning.rules.Report;
import io.github.commissioning.rules.RuleFailure;
import io.github.commissioning.rules.Severity;
import io.github.commissioning.value.Identifier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A report as one object: when it was judged, the counts, every finding (key, rule, severity, subjects, period,
 * footprint, areas, evidence, message) and the waived ones with their waivers. Reports are written, not read:
 * a report is the check's output, and checking the arrangement again gives it back.
 */
final class ReportCodec extends Codec<Report> {

  /** The format marker every report starts with. */
  static final String FORMAT = "commissioning-report/1";

  static final ReportCodec INSTANCE = new ReportCodec();

  /** A subject of a finding: its type (the id's type without "Id") and code. */
  record Subject(String type, String id) {
    static Subject of(Identifier<?> id) {
      String type = id.getClass().getSimpleName();
      return new Subject(type.endsWith("Id") ? type.substring(0, type.length() - 2) : type, id.code());
    }
  }

  private static <T> ObjectCodec<T, Slots> writeOnly(String name, String description) {
    return new ObjectCodec<>(name, description, Slots::new, s -> {
      throw new UnsupportedOperationException("reports are written, not read: check the arrangement again");
    });
  }

  static final ObjectCodec<Subject, Slots> SUBJECT = ReportCodec.<Subject>writeOnly("Subject",
      "a part of the arrangement a finding is about")
      .required("type", Codecs.TEXT, Subject::type, (s, v) -> { }, "its type, such as Delegation or Organisation")
      .required("id", Codecs.TEXT, Subject::id, (s, v) -> { }, "its id");

  static final ObjectCodec<Finding, Slots> FINDING = ReportCodec.<Finding>writeOnly("Finding",
      "one finding of a rule")
      .required("key", Codecs.FINDING_KEY, Finding::key, (s, v) -> { },
          "its stable key: the same finding has the same key in every report, for waivers and diffs")
      .required("rule", Codecs.TEXT, Finding::ruleId, (s, v) -> { }, "the rule's id")
      .required("severity", Codec.enumeration(Severity.class), Finding::severity, (s, v) -> { }, "how serious")
      .many("subjects", SUBJECT, f -> f.subjects().stream().map(Subject::of).toList(), (s, v) -> { },
          "the parts it is about")
      .optional("period", Codecs.PERIOD, Finding::period, (s, v) -> { }, "when it holds")
      .optional("footprint", Codecs.FOOTPRINT_ID, Finding::footprint, (s, v) -> { }, "the footprint it is in")
      .many("areas", Codecs.AREA_ID, Finding::areas, (s, v) -> { }, "the areas it is in")
      .many("evidence", Codecs.TEXT, Finding::evidence, (s, v) -> { }, "the facts it rests on")
      .required("message", Codecs.TEXT, Finding::message, (s, v) -> { }, "what is wrong and what would fix it");

  /** A waived finding with its waiver. */
  record WaivedFinding(Finding finding, Waiver waiver) {
  }

  static final ObjectCodec<WaivedFinding, Slots> WAIVED = ReportCodec.<WaivedFinding>writeOnly("WaivedFinding",
      "a finding a waiver accepts")
      .required("finding", FINDING, WaivedFinding::finding, (s, v) -> { }, "the finding")
      .required("waiver", Codecs.WAIVER, WaivedFinding::waiver, (s, v) -> { }, "the waiver that accepts it");

  static final ObjectCodec<RuleFailure, Slots> FAILURE = ReportCodec.<RuleFailure>writeOnly("RuleFailure",
      "a rule that failed to run, so the report is incomplete")
      .required("rule", Codecs.TEXT, RuleFailure::ruleId, (s, v) -> { }, "the rule's id")
      .required("what", Codecs.TEXT, RuleFailure::what, (s, v) -> { }, "what went wrong");

  private ReportCodec() {
  }

  @Override
  JsonNode write(Report report) {
    ObjectNode object = NODES.objectNode();
    object.put("format", FORMAT);
    object.put("asOf", report.asOf().toString());
    object.put("complete", report.isComplete());
    ArrayNode rules = object.putArray("rules");
    report.rules().forEach(r -> rules.add(r.id()));
    ObjectNode counts = object.putObject("counts");
    for (Map.Entry<Severity, Integer> e : report.countsBySeverity().entrySet()) {
      counts.put(e.getKey().name(), e.getValue());
    }
    ArrayNode findings = object.putArray("findings");
    report.findings().forEach(f -> findings.add(FINDING.write(f)));
    ArrayNode waived = object.putArray("waived");
    for (Finding f : report.waived()) {
      Optional<Waiver> waiver = report.waiverOf(f);
      waiver.ifPresent(w -> waived.add(WAIVED.write(new WaivedFinding(f, w))));
    }
    ArrayNode unused = object.putArray("unusedWaivers");
    report.unusedWaivers().forEach(w -> unused.add(Codecs.WAIVER.write(w)));
    ArrayNode expired = object.putArray("expiredWaivers");
    report.expiredWaivers().forEach(w -> expired.add(Codecs.WAIVER.write(w)));
    ArrayNode failures = object.putArray("failures");
    report.failures().forEach(f -> failures.add(FAILURE.write(f)));
    return object;
  }

  @Override
  @Nullable Report read(JsonNode node, String pointer, Problems problems) {
    problems.add(pointer, "reports are written, not read: check the arrangement again to get its report");
    return null;
  }

  @Override
  ObjectNode schema(SchemaContext defs) {
    ObjectNode schema = type("object");
    ObjectNode properties = schema.putObject("properties");
    properties.set("format", NODES.objectNode().put("const", FORMAT));
    properties.set("asOf", Codec.DATE.schema(defs).put("description", "the date waivers were judged on"));
    properties.set("complete", type("boolean").put("description", "false when a rule failed to run"));
    ObjectNode rules = type("array").put("description", "the rules that ran");
    rules.set("items", type("string"));
    properties.set("rules", rules);
    ObjectNode counts = type("object").put("description", "active findings by severity");
    counts.set("additionalProperties", type("integer").put("minimum", 0));
    counts.set("propertyNames", Codec.enumeration(Severity.class).schema(defs));
    properties.set("counts", counts);
    properties.set("findings", list(FINDING).schema(defs).put("description", "the active findings"));
    properties.set("waived", list(WAIVED).schema(defs).put("description", "the findings waivers accept"));
    properties.set("unusedWaivers", list(Codecs.WAIVER).schema(defs).put("description", "waivers no finding matched"));
    properties.set("expiredWaivers", list(Codecs.WAIVER).schema(defs).put("description",
        "waivers whose expiry passed before the date judged on"));
    properties.set("failures", list(FAILURE).schema(defs).put("description", "rules that failed to run"));
    ArrayNode required = schema.putArray("required");
    List.of("format", "asOf", "complete", "rules", "counts", "findings", "waived", "unusedWaivers", "expiredWaivers",
        "failures").forEach(required::add);
    schema.put("additionalProperties", false);
    return schema;
  }

  @Override
  String expected() {
    return "a report";
  }
}
