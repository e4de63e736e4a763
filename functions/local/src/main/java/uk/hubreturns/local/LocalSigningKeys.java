package uk.hubreturns.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair the local runtime signs and checks tokens with, standing in for Cognito's. Kept beside the
 * data ({@code .local/keys/}) so tokens survive a restart; a throwaway pair for {@code --in-memory}.
 */
final class LocalSigningKeys {

    private static final String PRIVATE_FILE = "token-signing.key";
    private static final String PUBLIC_FILE = "token-signing.pub";

    private final KeyPair keys;

    private LocalSigningKeys(KeyPair keys) {
        this.keys = keys;
    }

    static LocalSigningKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new LocalSigningKeys(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot make RSA keys", e);
        }
    }

    static LocalSigningKeys loadOrCreate(Path folder) {
        Path privateFile = folder.resolve(PRIVATE_FILE);
        Path publicFile = folder.resolve(PUBLIC_FILE);
        try {
            if (Files.isRegularFile(privateFile) && Files.isRegularFile(publicFile)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(decode(privateFile)));
                PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(decode(publicFile)));
                return new LocalSigningKeys(new KeyPair(publicKey, privateKey));
            }
            LocalSigningKeys created = generate();
            Files.createDirectories(folder);
            write(privateFile, created.keys.getPrivate().getEncoded());
            write(publicFile, created.keys.getPublic().getEncoded());
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write the token signing keys in " + folder, e);
        } catch (GeneralSecurityException e) {
            throw new LocalRuntimeException("The token signing keys in " + folder + " are damaged: delete the folder and "
                    + "start again (tokens issued before will stop working).", e);
        }
    }

    private static byte[] decode(Path file) throws IOException {
        return Base64.getMimeDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII));
    }

    private static void write(Path file, byte[] key) throws IOException {
        Files.writeString(file, Base64.getMimeEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // A file system without POSIX permissions (Windows): the folder's own protection applies.
        }
    }

    PrivateKey privateKey() {
        return keys.getPrivate();
    }

    PublicKey publicKey() {
        return keys.getPublic();
    }
}
