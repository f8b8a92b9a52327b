package vn.motcua.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deletes temporary directory trees; a leftover file in /tmp is not worth failing a stop for. */
final class FileTrees {

    private FileTrees() {
    }

    static void deleteQuietly(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException e) {
            System.getLogger(FileTrees.class.getName())
                    .log(System.Logger.Level.DEBUG, "Could not delete " + root, e);
        }
    }
}
