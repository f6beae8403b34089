package vn.thanhhoa.cds.reports.delivery;

import jakarta.activation.DataHandler;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/** Sends one e-mail (UTF-8 text, attachments) through the configured SMTP server with Jakarta Mail (Eclipse Angus). */
public final class EmailSender {

    private final MailSettings settings;
    private final Session session;

    private EmailSender() {
        this.settings = null;
        this.session = null;
    }

    /** A sender for a deployment with no SMTP server: every e-mail fails with a sentence saying so (and is recorded as failed). */
    public static EmailSender none() {
        return new EmailSender();
    }

    public EmailSender(MailSettings settings) {
        this.settings = settings;
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "30000");
        properties.put("mail.smtp.writetimeout", "30000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        boolean login = !settings.user().isBlank();
        properties.put("mail.smtp.auth", String.valueOf(login));
        this.session = login ? Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user(), settings.password());
            }
        }) : Session.getInstance(properties);
    }

    public void send(String to, String subject, String text, List<Attachment> attachments) throws DeliveryFailure {
        if (settings == null) {
            throw new DeliveryFailure("No SMTP server is configured (mail.smtp.host): the e-mail to " + to + " cannot be sent.");
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(subject, "UTF-8");
            message.setSentDate(new Date());
            MimeMultipart body = new MimeMultipart();
            MimeBodyPart textPart = new MimeBodyPart();
            textPart.setText(text, "UTF-8");
            body.addBodyPart(textPart);
            for (Attachment attachment : attachments) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mediaType())));
                part.setFileName(attachment.fileName());
                body.addBodyPart(part);
            }
            message.setContent(body);
            Transport.send(message);
        } catch (MessagingException e) {
            throw new DeliveryFailure("The e-mail to " + to + " was not accepted by " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
    }
}
