package io.deliverygates.performance;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deliverygates.common.Criticality;
import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs the gate cannot judge are errors with the file or parameter named, never an empty pass. */
class FailClosedTest {
    @TempDir
    Path dir;

    private static void assertProblem(ResultReader reader, String content, Problem problem, String... message) {
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                "results.json"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("results.json")
                .hasMessageContainingAll(message)
                .extracting(e -> ((InputException) e).problem()).isEqualTo(problem);
    }

    @Test
    void brokenJsonIsMalformedWithItsLine() {
        assertProblem(new JmhJsonReader(), "[\n{\"benchmark\": ", Problem.MALFORMED, "results.json:2:");
    }

    @Test
    void anEmptyJmhArrayIsEmpty() {
        assertProblem(new JmhJsonReader(), "[]", Problem.EMPTY, "no benchmark");
    }

    @Test
    void aPytestFileGivenAsJmhIsTheWrongFormat() throws Exception {
        String pytest = Files.readString(RealResults.file("pytest-benchmark-run1-1.json"));
        assertProblem(new JmhJsonReader(), pytest, Problem.WRONG_FORMAT, "not JMH results");
        assertProblem(new GoogleBenchmarkReader(), pytest, Problem.WRONG_FORMAT, "not Google Benchmark results");
    }

    @Test
    void jmhWithoutRawSamplesIsMalformed() {
        assertProblem(new JmhJsonReader(), "[{\"benchmark\":\"a.B.c\",\"mode\":\"avgt\",\"primaryMetric\":"
                + "{\"score\":1.0,\"scoreUnit\":\"us/op\"}}]", Problem.MALFORMED, "a.B.c", "no raw samples");
    }

    @Test
    void aNegativeOrTextualSampleIsMalformed() {
        assertProblem(new JmhJsonReader(), "[{\"benchmark\":\"a.B.c\",\"primaryMetric\":{\"scoreUnit\":\"us/op\","
                + "\"rawData\":[[1.0,-2.0]]}}]", Problem.MALFORMED, "rawData[0][1]");
        assertProblem(new JmhJsonReader(), "[{\"benchmark\":\"a.B.c\",\"primaryMetric\":{\"scoreUnit\":\"us/op\","
                + "\"rawData\":[[1.0,\"NaN\"]]}}]", Problem.MALFORMED, "rawData[0][1]");
    }

    @Test
    void aGoogleBenchmarkErrorIsReported() {
        assertProblem(new GoogleBenchmarkReader(), "{\"context\":{},\"benchmarks\":[{\"name\":\"BM_x\","
                + "\"run_type\":\"iteration\",\"error_occurred\":true,\"error_message\":\"out of memory\"}]}",
                Problem.MALFORMED, "BM_x", "out of memory");
    }

    @Test
    void anXmlJtlIsTheWrongFormatAndAHeaderlessJtlToo() {
        assertProblem(new JmeterJtlReader(), "<?xml version=\"1.0\"?><testResults/>", Problem.WRONG_FORMAT, "XML JTL");
        assertProblem(new JmeterJtlReader(), "1765100000000,24,home,200,OK,t,text,true,,512\n",
                Problem.WRONG_FORMAT, "header");
    }

    @Test
    void aJtlWithOnlyItsHeaderIsEmptyAndABadElapsedIsMalformedWithItsLine() {
        assertProblem(new JmeterJtlReader(), "timeStamp,elapsed,label,success\n", Problem.EMPTY, "no sample rows");
        assertProblem(new JmeterJtlReader(), "timeStamp,elapsed,label,success\n1,20,home,true\n2,x,home,true\n",
                Problem.MALFORMED, "results.json:3:", "'elapsed'");
    }

    @Test
    void aK6FileWithoutDurationsIsTheWrongFormat() {
        assertProblem(new K6SummaryReader(), "{\"metrics\":{\"iterations\":{\"count\":3}}}", Problem.WRONG_FORMAT,
                "http_req_duration");
    }

    @Test
    void anEmptyFileIsEmptyAndAMissingOneNotFound() throws Exception {
        Files.writeString(dir.resolve("empty.json"), "");
        ResultLoader loader = new ResultLoader(name -> "--" + name);

        assertThatThrownBy(() -> loader.load(dir, Map.of(ResultFormat.JMH, List.of("empty.json"))))
                .isInstanceOf(InputException.class).hasMessageContaining("empty.json")
                .extracting(e -> ((InputException) e).problem()).isEqualTo(Problem.EMPTY);
        assertThatThrownBy(() -> loader.load(dir, Map.of(ResultFormat.JMH, List.of("target/*.json"))))
                .hasMessageContaining("--jmh").extracting(e -> ((InputException) e).problem())
                .isEqualTo(Problem.NOT_FOUND);
        assertThatThrownBy(() -> loader.load(dir, Map.of()))
                .hasMessageContaining("no result files given")
                .extracting(e -> ((InputException) e).problem()).isEqualTo(Problem.INVALID_PARAMETER);
    }

    @Test
    void aStoredSummaryOfAnotherKindIsTheWrongFormat() {
        assertThatThrownBy(() -> PerfSummary.fromJson("{\"formatVersion\":1,\"totals\":{}}", "prev.json"))
                .hasMessageStartingWith("prev.json").hasMessageContaining("'perf --summary-out'")
                .extracting(e -> ((InputException) e).problem()).isEqualTo(Problem.WRONG_FORMAT);
    }

    @Test
    void badSettingsNameTheirParameter() {
        assertThatThrownBy(() -> new PerfPolicy(0, 0.95, Method.BOOTSTRAP, 2000, 1, 5, Criticality.FAILURE,
                MissingPolicy.FAILURE, false, null, null, null, null, Criticality.FAILURE))
                .hasMessageStartingWith("threshold:");
        assertThatThrownBy(() -> new PerfPolicy(0.1, 1.0, Method.BOOTSTRAP, 2000, 1, 5, Criticality.FAILURE,
                MissingPolicy.FAILURE, false, null, null, null, null, Criticality.FAILURE))
                .hasMessageStartingWith("confidence:");
    }
}
