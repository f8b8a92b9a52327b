package vn.motcua.deploy.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The check fails on deliberately broken manifests (src/test/resources/broken: each file's first line says what the
 * report must mention), so a green check means something.
 */
class BrokenManifestsTest {

    private static final Path BROKEN = Path.of("src/test/resources/broken");
    private static ManifestValidator validator;

    @BeforeAll
    static void validator() throws Exception {
        validator = ManifestValidator.create();
    }

    static Stream<Path> brokenManifests() throws IOException {
        try (Stream<Path> files = Files.list(BROKEN)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenManifests")
    void aBrokenManifestFailsTheCheck(Path file) throws IOException {
        String yaml = Files.readString(file);
        assumeTrue(!file.getFileName().toString().startsWith("cnpg-") || validator.checksCloudNativePg(),
                "no CloudNativePG CRDs at " + validator.cnpgSource());
        String expected = yaml.lines().findFirst().orElseThrow().replaceFirst("^# expect: ", "");

        List<String> problems = validator.validate(Manifest.parse(yaml)).problems();

        System.out.println(file.getFileName() + " -> " + problems);
        assertThat(problems).as(file.toString()).isNotEmpty().anySatisfy(p -> assertThat(p).contains(expected));
    }

    @Test
    void aMisspeltFieldPatchedIntoTheProvinceOverlayFailsIt() {
        List<Manifest> manifests = Manifest.parse(Kustomize.render(Path.of("src/test/resources/broken-overlay")));

        List<String> problems = validator.validate(manifests).problems();

        assertThat(problems).singleElement().asString()
                .startsWith("Deployment/intake-service (apps/v1)").contains("`livenesProbe`");
    }
}
