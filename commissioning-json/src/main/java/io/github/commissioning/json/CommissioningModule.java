package io.github.commissioning.json;

import io.github.commissioning.model.Arrangement;
import io.github.commissioning.model.DateRange;
import io.github.commissioning.model.FindingKey;
import io.github.commissioning.rules.Finding;
import io.github.commissioning.rules.Report;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of the format: register it on your own {@code JsonMapper} or {@code YAMLMapper}, as you
 * would Jackson's Guava or java.time modules, to read and write arrangements, their parts, waivers and date
 * ranges, and to write reports and findings, exactly as {@link ArrangementFiles} does.
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new CommissioningModule()).build();
 * String json = mapper.writeValueAsString(arrangement);
 * Arrangement back = mapper.readValue(json, Arrangement.class);   // equal to arrangement
 * }</pre>
 * Reading collects every problem of the value read and throws a {@link DatabindException} whose cause is a
 * {@link FormatException} listing them, each with its JSON Pointer relative to the value. Nothing is read by
 * polymorphic typing: no input can name a class to instantiate. Your mapper's own limits apply; see
 * {@link ReadLimits} for the ones {@link ArrangementFiles} sets.
 *
 * @since 0.1
 */
public final class CommissioningModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public CommissioningModule() {
    super("commissioning", new Version(0, 1, 0, "SNAPSHOT", "io.github.commissioning", "commissioning-json"));
    both(Arrangement.class, ArrangementCodec.INSTANCE);
    for (ArrangementCodec.Section<?> section : ArrangementCodec.INSTANCE.sections()) {
      register(section);
    }
    both(DateRange.class, Codecs.PERIOD);
    both(FindingKey.class, Codecs.FINDING_KEY);
    addSerializer(Report.class, serializer(ReportCodec.INSTANCE));
    addSerializer(Finding.class, serializer(ReportCodec.FINDING));
  }

  private <T> void register(ArrangementCodec.Section<T> section) {
    both(section.type(), section.codec());
  }

  private <T> void both(Class<T> type, Codec<T> codec) {
    addSerializer(type, serializer(codec));
    addDeserializer(type, deserializer(type, codec));
  }

  private static <T> ValueSerializer<T> serializer(Codec<T> codec) {
    return new ValueSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator generator, SerializationContext context) {
        generator.writeTree(codec.write(value));
      }
    };
  }

  private static <T> ValueDeserializer<T> deserializer(Class<T> type, Codec<T> codec) {
    return new ValueDeserializer<>() {
      @Override
      public T deserialize(JsonParser parser, DeserializationContext context) {
        JsonNode node = context.readTree(parser);
        Problems problems = new Problems(type.getSimpleName());
        T value = codec.read(node, "", problems);
        try {
          problems.throwIfAny();
        } catch (FormatException e) {
          throw DatabindException.from(parser, e.getMessage(), e);
        }
        if (value == null) {
          throw DatabindException.from(parser, "Cannot read " + type.getSimpleName());
        }
        return value;
      }
    };
  }
}
