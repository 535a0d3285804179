package com.skincare.shop.web.security;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Reads the EC P-256 keys of {@link JwtProperties} from PEM text. Tolerant of how keys travel through
 * environment variables: with or without the {@code -----BEGIN ...-----} lines, with real line breaks, with
 * literal {@code \n} sequences, or all on one line. Error messages never repeat key material.
 */
final class PemKeys {

    private static final Pattern PEM_BOUNDARY = Pattern.compile("-----(BEGIN|END) [A-Z0-9 ]+-----");
    private static final Pattern WHITESPACE_OR_ESCAPED_BREAK = Pattern.compile("\\s+|\\\\[nr]");
    private static final ECParameterSpec P256 = p256();

    private PemKeys() {
    }

    static PrivateKey privateKey(String pem) {
        if (pem.contains("BEGIN EC PRIVATE KEY")) {
            throw new IllegalStateException("shop.jwt.private-key (JWT_PRIVATE_KEY) is a SEC1 'EC PRIVATE KEY'; "
                    + "convert it to PKCS#8 with: openssl pkcs8 -topk8 -nocrypt -in key.pem");
        }
        try {
            PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(decode(pem)));
            requireP256(key, "shop.jwt.private-key (JWT_PRIVATE_KEY)");
            return key;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "shop.jwt.private-key (JWT_PRIVATE_KEY) is not a PEM PKCS#8 EC private key", e);
        }
    }

    static PublicKey publicKey(String pem) {
        try {
            PublicKey key = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(decode(pem)));
            requireP256(key, "shop.jwt.public-key (JWT_PUBLIC_KEY)");
            return key;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "shop.jwt.public-key (JWT_PUBLIC_KEY) is not a PEM X.509 (BEGIN PUBLIC KEY) EC public key", e);
        }
    }

    private static byte[] decode(String pem) {
        String base64 = WHITESPACE_OR_ESCAPED_BREAK.matcher(PEM_BOUNDARY.matcher(pem).replaceAll("")).replaceAll("");
        return Base64.getDecoder().decode(base64);
    }

    /** ES256 means the P-256 curve; another curve would only fail later, token by token. */
    private static void requireP256(Object key, String property) {
        if (!(key instanceof ECKey ec) || !isP256(ec.getParams())) {
            throw new IllegalStateException(property + " must be a key on the EC P-256 curve (ES256)");
        }
    }

    private static boolean isP256(ECParameterSpec params) {
        return params != null
                && params.getCurve().equals(P256.getCurve())
                && params.getGenerator().equals(P256.getGenerator())
                && params.getOrder().equals(P256.getOrder())
                && params.getCofactor() == P256.getCofactor();
    }

    private static ECParameterSpec p256() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM does not support the EC P-256 curve", e);
        }
    }
}
