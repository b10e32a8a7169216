package org.headshots.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headshots.application.mail.MailRefusedException;
import org.headshots.application.mail.Mailer;
import org.headshots.application.mail.OutgoingMail;

/**
 * Jakarta Mail over the SMTP server IT configures ({@code headshots.mail.*}: host, port, STARTTLS or TLS,
 * user; the password only from the environment, {@code HEADSHOTS_MAIL_PASSWORD}).
 */
@ApplicationScoped
public class SmtpMailer implements Mailer {

    @Inject
    @ConfigProperty(name = "headshots.mail.host")
    String host;

    @Inject
    @ConfigProperty(name = "headshots.mail.port")
    int port;

    @Inject
    @ConfigProperty(name = "headshots.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "headshots.mail.tls", defaultValue = "false")
    boolean tls;

    @Inject
    @ConfigProperty(name = "headshots.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "headshots.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "headshots.mail.from")
    String from;

    @Inject
    @ConfigProperty(name = "headshots.mail.timeout-seconds", defaultValue = "15")
    int timeoutSeconds;

    private Session session;

    @PostConstruct
    void connect() {
        Properties properties = new Properties();
        String protocol = tls ? "smtps" : "smtp";
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", host);
        properties.put("mail." + protocol + ".port", Integer.toString(port));
        properties.put("mail." + protocol + ".starttls.enable", Boolean.toString(startTls));
        properties.put("mail." + protocol + ".starttls.required", Boolean.toString(startTls));
        properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        String login = user.map(String::strip).orElse("");
        properties.put("mail." + protocol + ".auth", Boolean.toString(!login.isEmpty()));
        String timeout = Integer.toString(timeoutSeconds * 1000);
        properties.put("mail." + protocol + ".connectiontimeout", timeout);
        properties.put("mail." + protocol + ".timeout", timeout);
        properties.put("mail." + protocol + ".writetimeout", timeout);
        session = Session.getInstance(
                properties,
                login.isEmpty()
                        ? null
                        : new Authenticator() {
                            @Override
                            protected PasswordAuthentication getPasswordAuthentication() {
                                return new PasswordAuthentication(login, password.orElse(""));
                            }
                        });
    }

    @Override
    public void send(OutgoingMail mail) throws MailRefusedException {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (AddressException e) {
            throw new MailRefusedException("'" + mail.to() + "' is not an e-mail address: " + e.getMessage(), true, e);
        } catch (SendFailedException e) {
            boolean permanent = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
            throw new MailRefusedException(
                    "The mail server " + host + ":" + port + " refused it: " + reason(e), permanent, e);
        } catch (MessagingException e) {
            throw new MailRefusedException(
                    "The mail server " + host + ":" + port + " could not be reached or" + " refused the mail: "
                            + reason(e),
                    false,
                    e);
        }
    }

    private static String reason(Exception e) {
        StringBuilder reason = new StringBuilder();
        for (Throwable cause = e; cause != null && reason.length() < 600; cause = cause.getCause()) {
            if (cause.getMessage() != null
                    && !reason.toString().contains(cause.getMessage().strip())) {
                reason.append(reason.length() == 0 ? "" : "; ")
                        .append(cause.getMessage().strip());
            }
        }
        return reason.length() == 0 ? e.getClass().getSimpleName() : reason.toString();
    }
}
