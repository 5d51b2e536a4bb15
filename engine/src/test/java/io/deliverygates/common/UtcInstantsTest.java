package io.deliverygates.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UtcInstantsTest {
    private final Random random = new Random(3);

    @Test
    void readsWhatInstantToStringWritesExactlyAsInstantParse() {
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(-62_167_219_200L, 253_402_300_800L); // years 0000 to 9999
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            String text = Instant.ofEpochSecond(seconds, nanos).toString();
            assertThat(UtcInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void readsEveryFractionLength() {
        for (String text : new String[] {"2026-02-28T23:59:59.1Z", "2024-02-29T00:00:00.12Z",
            "2026-11-26T10:04:12.123456789Z", "2026-11-26T10:04:12.000000001Z", "2000-01-01T00:00:00.0000Z"}) {
            assertThat(UtcInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void leavesEveryOtherFormToTheGeneralParser() {
        for (String text : new String[] {"2026-11-26T10:04:12+02:00", "2026-11-26t10:04:12z", "2026-02-30T10:04:12Z",
            "2026-11-26T24:00:00Z", "2026-11-26T10:60:00Z", "2026-13-01T10:04:12Z", "2026-11-26T10:04:12.Z",
            "2026-11-26T10:04:12.1234567890Z", "+12026-11-26T10:04:12Z", "2026-11-26 10:04:12Z", "2026-11-2610:04:12Z",
            "２０２６-11-26T10:04:12Z", "2026-11-26T10:04:1xZ", ""}) {
            assertThat(UtcInstants.parse(text)).as(text).isNull();
        }
    }

    @Test
    void theEngineMapperUsesItAndFallsBackForOtherForms() throws Exception {
        ObjectMapper mapper = Json.mapper();
        DefaultDeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createInstance(mapper.getDeserializationConfig(), null, null);
        assertThat(context.findRootValueDeserializer(mapper.constructType(Instant.class)))
                .isInstanceOf(UtcInstants.class);

        assertThat(mapper.readValue("\"2026-11-26T10:04:12.5Z\"", Instant.class))
                .isEqualTo(Instant.parse("2026-11-26T10:04:12.5Z"));
        assertThat(mapper.readValue("\"2026-11-26T12:04:12+02:00\"", Instant.class))
                .isEqualTo(Instant.parse("2026-11-26T10:04:12Z"));
        assertThat(mapper.readValue("1764151452", Instant.class)).isEqualTo(Instant.ofEpochSecond(1_764_151_452L));
        assertThatThrownBy(() -> mapper.readValue("\"2026-02-30T10:04:12Z\"", Instant.class))
                .hasMessageContaining("2026-02-30T10:04:12Z");
    }
}
