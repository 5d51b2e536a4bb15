package io.deliverygates.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.deliverygates.common.InputException;
import io.deliverygates.common.InputException.Problem;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fail closed: every SBOM the gate cannot check is one clear InputException naming the file, never a pass. */
class SbomReaderTest {
    private static final String CANARY = "canary-license-4b1d";
    private static final String CDX_16 = "http://cyclonedx.org/schema/bom/1.6";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private static void assertProblem(Path file, Problem problem, String messagePart) {
        assertThatThrownBy(() -> new SbomReader().read(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.getMessage()).startsWith(file.toString()).contains(messagePart).doesNotContain("\n");
        });
    }

    @Test
    void missingEmptyAndBlankFiles() throws Exception {
        assertProblem(dir.resolve("absent.json"), Problem.NOT_FOUND, "no such file");
        assertProblem(write("empty.json", ""), Problem.EMPTY, "empty");
        assertProblem(write("blank.json", " \n\t\n"), Problem.EMPTY, "the SBOM is empty");
    }

    @Test
    void malformedFilesNameTheLine() throws Exception {
        Path json = write("broken.json", "{\n  \"bomFormat\": \"CycloneDX\",\n  \"components\": [\n}");
        assertProblem(json, Problem.MALFORMED, "not well-formed JSON");
        assertThatThrownBy(() -> new SbomReader().read(json)).extracting(e -> ((InputException) e).line())
                .isEqualTo(4);
        Path xml = write("broken.xml", "<?xml version=\"1.0\"?>\n<bom xmlns=\"" + CDX_16 + "\">\n<components>"
                + "</bom>");
        assertProblem(xml, Problem.MALFORMED, "not well-formed XML: The element type \"components\" must be "
                + "terminated");
        assertThatThrownBy(() -> new SbomReader().read(xml)).extracting(e -> ((InputException) e).line())
                .isEqualTo(3);
        // well-formed, but not what the CycloneDX model expects: the library's own error
        assertProblem(write("wrong-type.json", "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.5\", "
                + "\"components\": {\"name\": 3}}"), Problem.MALFORMED, "not a readable CycloneDX SBOM");
        assertProblem(write("junk.xml", "<bom xmlns=\"" + CDX_16 + "\"><<"), Problem.MALFORMED, "");
    }

    @Test
    void otherFormatsAreRefused() throws Exception {
        assertProblem(write("package.json", "{\"name\": \"x\", \"version\": \"1.0.0\"}"), Problem.WRONG_FORMAT,
                "neither CycloneDX");
        assertProblem(write("pom.xml", "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>"),
                Problem.WRONG_FORMAT, "not a CycloneDX SBOM (root element <project>");
        assertProblem(write("notes.txt", "MIT"), Problem.WRONG_FORMAT, "neither JSON nor XML");
        assertProblem(write("future.json", "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.9\", "
                + "\"components\": [{\"type\": \"library\", \"name\": \"x\"}]}"), Problem.WRONG_FORMAT,
                "CycloneDX version '1.9' is not one this reader knows");
        assertProblem(write("spdx3.json", "{\"spdxVersion\": \"SPDX-3.0\", \"packages\": []}"),
                Problem.WRONG_FORMAT, "not SPDX 2.x");
    }

    @Test
    void sbomsWithoutComponentsNeverPass() throws Exception {
        assertProblem(write("none.json", "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.5\", \"version\": 1,"
                + " \"metadata\": {\"component\": {\"type\": \"application\", \"name\": \"app\"}}}"), Problem.EMPTY,
                "the CycloneDX JSON SBOM lists no components");
        assertProblem(write("none.xml", "<?xml version=\"1.0\"?><bom xmlns=\"" + CDX_16 + "\" version=\"1\">"
                + "<components/></bom>"), Problem.EMPTY, "the CycloneDX XML SBOM lists no components");
        assertProblem(write("only-product.spdx.json", "{\"spdxVersion\": \"SPDX-2.3\", \"SPDXID\": "
                + "\"SPDXRef-DOCUMENT\", \"documentDescribes\": [\"SPDXRef-app\"], \"packages\": [{\"SPDXID\": "
                + "\"SPDXRef-app\", \"name\": \"app\", \"licenseDeclared\": \"MIT\"}]}"), Problem.EMPTY,
                "the SPDX JSON SBOM lists no components");
    }

    @Test
    void externalEntitiesReadNoFileAndOpenNoConnection() throws Exception {
        Path canary = write("canary.txt", CANARY);
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, 0);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/x.dtd";
            Path local = write("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE bom [\n<!ENTITY x SYSTEM \""
                    + canary.toUri() + "\">\n]>\n<bom xmlns=\"" + CDX_16 + "\"><components><component type=\"library\">"
                    + "<name>&x;</name><licenses><license><name>&x;</name></license></licenses></component>"
                    + "</components></bom>");
            Path remote = write("xxe-remote.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE bom SYSTEM \"" + url + "\">\n"
                    + "<bom xmlns=\"" + CDX_16 + "\"><components><component type=\"library\"><name>a</name>"
                    + "</component></components></bom>");
            Path laughs = write("laughs.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE bom [<!ENTITY a \"aaaaaaaaaa\">"
                    + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<bom xmlns=\"" + CDX_16 + "\"><components>"
                    + "<component type=\"library\"><name>&b;</name></component></components></bom>");
            for (Path file : List.of(local, remote, laughs)) {
                assertProblem(file, Problem.UNSAFE, "has no DOCTYPE; refused");
                assertThatThrownBy(() -> new SbomReader().read(file)).hasMessageNotContaining(CANARY);
            }
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void tooLargeFilesAreRefusedBeforeReading() throws Exception {
        Path file = write("big.json", "{\"bomFormat\": \"CycloneDX\"}" + " ".repeat(100));
        assertThatThrownBy(() -> new SbomReader(50).read(file)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.getMessage()).contains("more than the limit of 50 bytes"));
    }

    @Test
    void globsSelectSeveralSboms() throws Exception {
        Files.createDirectories(dir.resolve("a/target"));
        Files.createDirectories(dir.resolve("b/target"));
        Files.write(dir.resolve("a/target/bom.json"), Sboms.bytes("maven-bom.json"));
        Files.write(dir.resolve("b/target/bom.json"), Sboms.bytes("npm-bom.json"));
        List<Sbom> sboms = new SbomReader().readAll(dir, List.of("**/target/bom.json"), "sbom");
        assertThat(sboms).extracting(s -> s.components().size()).containsExactly(20, 25);
        assertThatThrownBy(() -> new SbomReader().readAll(dir, List.of("**/bom.xml"), "sbom"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND);
                    assertThat(e.getMessage()).startsWith("sbom: glob '**/bom.xml' matches no file");
                });
    }
}
