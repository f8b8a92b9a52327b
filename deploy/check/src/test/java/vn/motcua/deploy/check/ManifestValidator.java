package vn.motcua.deploy.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates rendered manifests offline: core kinds through the Kubernetes API models, Strimzi and CloudNativePG
 * resources through their CRDs. The CloudNativePG CRDs are data outside the repository ({@code ../shared/k8s-crds}
 * beside the clone, or {@code $MOTCUA_K8S_CRDS}): without them, CloudNativePG resources are reported as unchecked.
 */
final class ManifestValidator {

    static final String CNPG_GROUP = "postgresql.cnpg.io";

    /** What a validation found: problems (each naming its object), and objects that could not be checked. */
    record Report(List<String> problems, List<Manifest> unchecked, int checked) {
    }

    private final CrdSchemas crds;
    private final Optional<Path> cnpgCrds;

    private ManifestValidator(CrdSchemas crds, Optional<Path> cnpgCrds) {
        this.crds = crds;
        this.cnpgCrds = cnpgCrds;
    }

    /** The repository's root: this module is deploy/check, and Maven runs its tests there. */
    static Path repositoryRoot() {
        return Path.of("").toAbsolutePath().resolve("../..").normalize();
    }

    /** Where the CloudNativePG CRDs are looked for: $MOTCUA_K8S_CRDS, else shared/ beside the repository. */
    static Path cnpgCrdLocation() {
        String configured = System.getenv("MOTCUA_K8S_CRDS");
        return configured != null && !configured.isBlank() ? Path.of(configured).toAbsolutePath()
                : repositoryRoot().resolve("../shared/k8s-crds").normalize();
    }

    static Optional<Path> cnpgCrdDirectory() {
        return Files.isDirectory(cnpgCrdLocation()) ? Optional.of(cnpgCrdLocation()) : Optional.empty();
    }

    static ManifestValidator create() throws Exception {
        CrdSchemas crds = new CrdSchemas().load(StrimziCrds.generate(Path.of("target/strimzi-crds")));
        Optional<Path> cnpg = cnpgCrdDirectory();
        cnpg.ifPresent(crds::load);
        return new ManifestValidator(crds, cnpg);
    }

    boolean checksCloudNativePg() {
        return cnpgCrds.isPresent() && crds.knowsGroup(CNPG_GROUP);
    }

    String cnpgSource() {
        return cnpgCrds.map(Path::toString).orElse(cnpgCrdLocation()
                + " (no such directory; set MOTCUA_K8S_CRDS to a directory of CloudNativePG CRD files)");
    }

    Report validate(List<Manifest> manifests) {
        List<String> problems = new ArrayList<>();
        List<Manifest> unchecked = new ArrayList<>();
        int checked = 0;
        for (Manifest manifest : manifests) {
            if (manifest.apiVersion().isEmpty() || manifest.kind().isEmpty() || manifest.name().isEmpty()) {
                problems.add("a document without apiVersion, kind or metadata.name: " + manifest.json());
                continue;
            }
            List<String> found = new ArrayList<>();
            if (CoreModels.knows(manifest)) {
                CoreModels.validate(manifest).ifPresent(found::add);
            } else if (crds.knowsGroup(manifest.group())) {
                CoreModels.validateMetadata(manifest).ifPresent(p -> found.add("metadata: " + p));
                found.addAll(crds.validate(manifest));
            } else if (manifest.group().equals(CNPG_GROUP) && cnpgCrds.isEmpty()) {
                unchecked.add(manifest);
                continue;
            } else {
                CoreModels.validate(manifest).ifPresent(found::add);
            }
            checked++;
            found.forEach(p -> problems.add(manifest + ": " + p));
        }
        return new Report(problems, unchecked, checked);
    }
}
