package vn.motcua.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The local RSA key pair that signs and verifies JWTs: generated on first use into a directory as
 * PEM ({@code privateKey.pem} PKCS#8, {@code publicKey.pem} X.509), reused afterwards.
 */
public record DevKeys(Path privateKeyFile, Path publicKeyFile, RSAPrivateKey privateKey, RSAPublicKey publicKey) {

    public static final String PRIVATE_KEY_FILE = "privateKey.pem";
    public static final String PUBLIC_KEY_FILE = "publicKey.pem";

    /** Concurrent callers (two test JVMs, token.sh beside up.sh) end up with one and the same pair. */
    public static DevKeys loadOrCreate(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
        Path publicFile = dir.resolve(PUBLIC_KEY_FILE);
        try {
            Files.createDirectories(dir);
            try (FileChannel lockFile = FileChannel.open(dir.resolve(".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                    generator.initialize(2048);
                    KeyPair pair = generator.generateKeyPair();
                    writePem(privateFile, "PRIVATE KEY", pair.getPrivate().getEncoded());
                    writePem(publicFile, "PUBLIC KEY", pair.getPublic().getEncoded());
                }
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new DevKeys(privateFile, publicFile,
                    (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(privateFile))),
                    (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(readPem(publicFile))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the key pair in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unusable key pair in " + dir + "; delete it to get a new one", e);
        }
    }

    /** A stable key id: the start of the SHA-256 of the public key, base64url. */
    public String keyId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writePem(Path file, String type, byte[] der) throws IOException {
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
        // Written aside and moved, so a reader never sees half a key.
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
        if (type.contains("PRIVATE")) {
            ownerOnly(temporary);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the directory's own permissions have to do.
        }
    }

    private static byte[] readPem(Path file) throws IOException {
        String body = Files.readString(file, StandardCharsets.US_ASCII)
                .replaceAll("-----(BEGIN|END) [A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
