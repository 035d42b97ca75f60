package de.weitblick.infrastructure.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.UUID;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.StdSerializer;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * The identifier records of the modules ({@code ParticipantId(UUID id)},
 * {@code ProjectId(UUID id)}, …) are plain strings in JSON, as partners expect an
 * identifier: {@code "id": "019a…"}, never {@code "id": {"id": "019a…"}}. A record counts
 * as an identifier when it lives in a module, its name ends with {@code Id} and its only
 * component is a {@link UUID}; a new one needs nothing else. Reading also accepts the old
 * object form, which stored events may still hold.
 */
final class Identifiers {

	private Identifiers() {
	}

	static boolean isIdentifier(Class<?> type) {
		return type.isRecord() && type.getName().startsWith("de.weitblick.") && type.getSimpleName().endsWith("Id")
				&& type.getRecordComponents().length == 1 && type.getRecordComponents()[0].getType() == UUID.class;
	}

	static JacksonModule jsonModule() {
		return new JacksonModule() {

			@Override
			public String getModuleName() {
				return "weitblick-identifiers";
			}

			@Override
			public Version version() {
				return Version.unknownVersion();
			}

			@Override
			public void setupModule(SetupContext context) {
				context.addSerializers(new IdentifierSerializers());
				context.addDeserializers(new IdentifierDeserializers());
			}

		};
	}

	private static final class IdentifierSerializers extends Serializers.Base {

		@Override
		public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
				BeanDescription.Supplier description, JsonFormat.Value format) {
			return isIdentifier(type.getRawClass()) ? new IdentifierSerializer(type.getRawClass()) : null;
		}

	}

	private static final class IdentifierDeserializers extends Deserializers.Base {

		@Override
		public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
				BeanDescription.Supplier description) {
			return isIdentifier(type.getRawClass()) ? new IdentifierDeserializer(type.getRawClass()) : null;
		}

		@Override
		public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
			return isIdentifier(valueType);
		}

	}

	private static final class IdentifierSerializer extends StdSerializer<Object> {

		private final RecordComponent component;

		IdentifierSerializer(Class<?> type) {
			super(Object.class);
			this.component = type.getRecordComponents()[0];
		}

		@Override
		public void serialize(Object value, JsonGenerator generator, SerializationContext context) {
			try {
				generator.writeString(this.component.getAccessor().invoke(value).toString());
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Cannot read the identifier " + value, ex);
			}
		}

	}

	private static final class IdentifierDeserializer extends StdDeserializer<Object> {

		private final Constructor<?> constructor;

		IdentifierDeserializer(Class<?> type) {
			super(type);
			try {
				this.constructor = type.getDeclaredConstructor(UUID.class);
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException(type + " has no canonical constructor", ex);
			}
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			String text;
			if (parser.currentToken() == JsonToken.VALUE_STRING) {
				text = parser.getString();
			}
			else if (parser.currentToken() == JsonToken.START_OBJECT) {
				JsonNode id = context.readTree(parser).path("id");
				text = id.isString() ? id.stringValue() : null;
			}
			else {
				return context.handleUnexpectedToken(handledType(), parser);
			}
			UUID id;
			try {
				id = UUID.fromString(text);
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				return context.handleWeirdStringValue(handledType(), text, "not an identifier");
			}
			try {
				return this.constructor.newInstance(id);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Cannot create the identifier " + id, ex);
			}
		}

	}

}
