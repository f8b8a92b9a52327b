package vn.motcua.deploy.check;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Generates the Strimzi CRDs from Strimzi's API classes (io.strimzi:api) with its own generator
 * (io.strimzi:crd-generator), as Strimzi's build makes the CRDs it installs: none is downloaded or copied.
 */
final class StrimziCrds {

    /** Resource class to file: the kinds deploy/k8s uses. */
    private static final Map<String, String> RESOURCES = Map.of(
            "io.strimzi.api.kafka.model.kafka.Kafka", "kafkas.yaml",
            "io.strimzi.api.kafka.model.nodepool.KafkaNodePool", "kafkanodepools.yaml",
            "io.strimzi.api.kafka.model.topic.KafkaTopic", "kafkatopics.yaml",
            "io.strimzi.api.kafka.model.user.KafkaUser", "kafkausers.yaml");

    private StrimziCrds() {
    }

    /** Writes them to the directory (once: kept between runs of the same build) and returns it. */
    static synchronized Path generate(Path directory) throws Exception {
        if (RESOURCES.values().stream().allMatch(f -> Files.isRegularFile(directory.resolve(f)))) {
            return directory;
        }
        Files.createDirectories(directory);
        List<String> args = new ArrayList<>(List.of("--yaml", "--crd-api-version", "v1", "--api-versions", "v1",
                "--storage-version", "v1"));
        RESOURCES.forEach((type, file) -> args.add(type + "=" + directory.resolve(file)));
        // Its main method, which Strimzi's build calls, ends with System.exit: it runs in a JVM of its own.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.strimzi.crdgenerator.CrdGenerator"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("Strimzi's CRD generator failed: " + output);
        }
        return directory;
    }
}
