package io.deliverygates.ledger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads an event's environment name as one shared instance per name: a ledger repeats a handful of names in every
 * event, so a million events read back held a million copies of "production" (~50 MB), and every metrics look-up
 * compared their bytes instead of finding the same instance. Up to {@value #LIMIT} names are shared; any beyond are
 * read as they are.
 */
public final class EnvironmentNames extends StdDeserializer<String> {
    private static final long serialVersionUID = 1L;
    private static final int LIMIT = 1024;
    private static final ConcurrentHashMap<String, String> NAMES = new ConcurrentHashMap<>();

    public EnvironmentNames() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return shared(parser.getValueAsString());
    }

    /** The shared instance equal to {@code name} (null stays null). */
    static String shared(String name) {
        if (name == null) {
            return null;
        }
        String known = NAMES.get(name);
        if (known != null || NAMES.size() >= LIMIT) {
            return known != null ? known : name;
        }
        known = NAMES.putIfAbsent(name, name);
        return known != null ? known : name;
    }
}
