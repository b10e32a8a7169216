package org.headshots.node.interfaces;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.headshots.node.infrastructure.tls.CertificateAuthority;
import org.headshots.node.infrastructure.tls.LocalCertificates;

/**
 * Makes the certificates of encrypted node links with a local certificate authority kept in a folder
 * (see {@link LocalCertificates}); only the JDK is needed.
 */
public final class CertificatesCommand {

    static final String USAGE = String.join(
            System.lineSeparator(),
            "Usage: java -cp gpu-node.jar org.headshots.node.interfaces.CertificatesCommand COMMAND DIR ...",
            "  local DIR           the authority DIR/ca.pem (key DIR/ca.key), this machine's node certificate",
            "                      DIR/node.pem (for localhost, 127.0.0.1, ::1 and the machine's names) and the",
            "                      application's DIR/app.pem, each with its .key; kept while valid for 30 more",
            "                      days, made again otherwise",
            "  node DIR HOST...    a certificate for another node from DIR's authority, naming every HOST given",
            "                      (the names and IP addresses the application dials it by):",
            "                      DIR/nodes/HOST.pem and DIR/nodes/HOST.key",
            "Keys are PEM PKCS#8 files readable by their owner only.");

    private CertificatesCommand() {}

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0
                || Arrays.asList(args).contains("--help")
                || Arrays.asList(args).contains("-h")) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String command = args[0];
        if (args.length < 2
                || (command.equals("node") && args.length < 3)
                || !List.of("local", "node").contains(command)) {
            err.println(USAGE);
            return 2;
        }
        LocalCertificates certificates = new LocalCertificates(Path.of(args[1]), Clock.systemUTC(), out::println);
        try {
            if (command.equals("local")) {
                certificates.ensureLocal(CertificateAuthority.thisMachine());
            } else {
                certificates.issueNode(List.of(args).subList(2, args.length));
            }
            return 0;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            err.println("certificates: " + e.getMessage());
            return 1;
        }
    }
}
