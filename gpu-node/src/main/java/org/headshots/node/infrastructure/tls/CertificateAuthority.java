package org.headshots.node.infrastructure.tls;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.security.auth.x500.X500Principal;

/**
 * A certificate authority of the node links, with only the JDK: EC P-256 keys, ECDSA with SHA-256
 * signatures, X.509 v3 certificates. It issues node certificates (TLS server, naming the node's
 * addresses) and application certificates (TLS client).
 */
public final class CertificateAuthority {

    private static final String EC_WITH_SHA256 = "1.2.840.10045.4.3.2";
    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final String KEY_USAGE = "2.5.29.15";
    private static final String EXTENDED_KEY_USAGE = "2.5.29.37";
    private static final String SUBJECT_ALTERNATIVE_NAME = "2.5.29.17";
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

    /** Certificates start an hour back, for clocks of other machines a little behind. */
    private static final Duration CLOCK_SKEW = Duration.ofHours(1);

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyAndCertificate authority;
    private final Clock clock;

    private CertificateAuthority(KeyAndCertificate authority, Clock clock) {
        this.authority = authority;
        this.clock = clock;
    }

    /** A new authority with a self-signed certificate. */
    public static CertificateAuthority create(String name, Duration validity, Clock clock)
            throws GeneralSecurityException {
        KeyPair keys = newKeys();
        X500Principal subject = new X500Principal("CN=" + name);
        byte[][] extensions = {
            extension(BASIC_CONSTRAINTS, true, Der.sequence(Der.bool(true))),
            extension(KEY_USAGE, true, Der.bits(new byte[] {0x06}, 1)) // keyCertSign, cRLSign
        };
        X509Certificate certificate = sign(subject, subject, keys, keys, validity, clock, extensions);
        return new CertificateAuthority(new KeyAndCertificate(certificate, keys.getPrivate()), clock);
    }

    /** The authority of a certificate and key issued before. */
    public static CertificateAuthority of(KeyAndCertificate authority, Clock clock) {
        return new CertificateAuthority(authority, clock);
    }

    public KeyAndCertificate authority() {
        return authority;
    }

    /**
     * A node's certificate: TLS server, its subject alternative names the host names and IP addresses the
     * application dials it by (the first one also its common name).
     */
    public KeyAndCertificate issueNode(List<String> addresses, Duration validity) throws GeneralSecurityException {
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("a node certificate needs at least one host name or address");
        }
        List<byte[]> names = new ArrayList<>();
        for (String address : addresses) {
            names.add(generalName(address));
        }
        return issue(
                "CN=" + addresses.get(0),
                validity,
                SERVER_AUTH,
                extension(SUBJECT_ALTERNATIVE_NAME, false, Der.sequence(names.toArray(byte[][]::new))));
    }

    /** The application's certificate: TLS client. */
    public KeyAndCertificate issueApplication(String name, Duration validity) throws GeneralSecurityException {
        return issue("CN=" + name, validity, CLIENT_AUTH);
    }

    /** The names a node on this machine is dialled by: localhost, its loopback addresses and the machine's names. */
    public static List<String> thisMachine() {
        List<String> names = new ArrayList<>(List.of("localhost", "127.0.0.1", "::1"));
        try {
            InetAddress local = InetAddress.getLocalHost();
            for (String name : List.of(local.getHostName(), local.getCanonicalHostName())) {
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        } catch (UnknownHostException e) {
            String host = System.getenv("HOSTNAME");
            if (host != null && !host.isBlank() && !names.contains(host)) {
                names.add(host);
            }
        }
        return names;
    }

    private KeyAndCertificate issue(String subject, Duration validity, String purpose, byte[]... moreExtensions)
            throws GeneralSecurityException {
        KeyPair keys = newKeys();
        List<byte[]> extensions = new ArrayList<>(List.of(
                extension(BASIC_CONSTRAINTS, true, Der.sequence()),
                extension(KEY_USAGE, true, Der.bits(new byte[] {(byte) 0x80}, 7)), // digitalSignature
                extension(EXTENDED_KEY_USAGE, false, Der.sequence(Der.oid(purpose)))));
        extensions.addAll(List.of(moreExtensions));
        KeyPair issuer = new KeyPair(authority.certificate().getPublicKey(), authority.privateKey());
        X509Certificate certificate = sign(
                new X500Principal(subject),
                authority.certificate().getSubjectX500Principal(),
                keys,
                issuer,
                validity,
                clock,
                extensions.toArray(byte[][]::new));
        return new KeyAndCertificate(certificate, keys.getPrivate());
    }

    private static X509Certificate sign(
            X500Principal subject,
            X500Principal issuer,
            KeyPair subjectKeys,
            KeyPair issuerKeys,
            Duration validity,
            Clock clock,
            byte[]... extensions)
            throws GeneralSecurityException {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneOffset.UTC)).withNano(0);
        byte[] algorithm = Der.sequence(Der.oid(EC_WITH_SHA256));
        byte[] toBeSigned = Der.sequence(
                Der.explicit(0, Der.integer(BigInteger.TWO)), // v3
                Der.integer(new BigInteger(127, RANDOM).setBit(126)),
                algorithm,
                issuer.getEncoded(),
                Der.sequence(Der.time(now.minus(CLOCK_SKEW)), Der.time(now.plus(validity))),
                subject.getEncoded(),
                subjectKeys.getPublic().getEncoded(),
                Der.explicit(3, Der.sequence(extensions)));
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(issuerKeys.getPrivate(), RANDOM);
        signer.update(toBeSigned);
        byte[] certificate = Der.sequence(toBeSigned, algorithm, Der.bits(signer.sign(), 0));
        X509Certificate parsed = (X509Certificate)
                CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(certificate));
        parsed.verify(issuerKeys.getPublic());
        return parsed;
    }

    private static byte[] extension(String oid, boolean critical, byte[] value) {
        return critical
                ? Der.sequence(Der.oid(oid), Der.bool(true), Der.octets(value))
                : Der.sequence(Der.oid(oid), Der.octets(value));
    }

    /** A host name in lower case, an IP address as Java writes it ("::1" as "0:0:0:0:0:0:0:1"): for comparing. */
    static String canonical(String address) {
        return ipAddress(address).map(InetAddress::getHostAddress).orElse(address.toLowerCase(Locale.ROOT));
    }

    /** dNSName, or iPAddress for an IPv4 or IPv6 literal. */
    private static byte[] generalName(String address) {
        Optional<InetAddress> ip = ipAddress(address);
        if (ip.isPresent()) {
            return Der.implicit(7, ip.get().getAddress());
        }
        if (!address.matches("[A-Za-z0-9*]([A-Za-z0-9.-]*[A-Za-z0-9])?")) {
            throw new IllegalArgumentException("'" + address + "' is neither a host name nor an IP address");
        }
        return Der.implicit(2, address.getBytes(StandardCharsets.US_ASCII));
    }

    /** The address of an IPv4 or IPv6 literal (brackets allowed), without looking anything up. */
    private static Optional<InetAddress> ipAddress(String address) {
        String bare =
                address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (!IPV4.matcher(bare).matches() && !bare.contains(":")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(bare));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + address + "' is not an IP address", e);
        }
    }

    private static KeyPair newKeys() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }
}
