package vn.thanhhoa.cds.reports.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The file that says who receives what (JSON, UTF-8): {@code reportRecipients}, per unit, and
 * {@code subscriptions} to alerts (read by {@link vn.thanhhoa.cds.reports.notify.Subscriptions}).
 * Errors name the file and the entry.
 *
 * <pre>{"reportRecipients": [{"unit": "397", "copiesTo": ["UBND huyện Triệu Sơn;"],
 *                       "email": ["vhxh@trieuson.thanhhoa.gov.vn"], "webhook": ["https://…"]}]}</pre>
 */
public final class RecipientsFile {

    private final Path file;
    private final JsonNode root;

    private RecipientsFile(Path file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    public static RecipientsFile read(Path file) {
        try {
            JsonNode root = JsonMapper.builder().build().readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("The recipients file " + file + " does not hold a JSON object.");
            }
            return new RecipientsFile(file, root);
        } catch (IOException e) {
            throw new IllegalArgumentException("The recipients file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static RecipientsFile empty() {
        return new RecipientsFile(Path.of("(none)"), JsonMapper.builder().build().createObjectNode());
    }

    public Path file() {
        return file;
    }

    public JsonNode section(String name) {
        return root.path(name);
    }

    /** The report recipients of every unit listed. */
    public List<RecipientList> reportRecipients() {
        List<RecipientList> lists = new ArrayList<>();
        int index = 0;
        for (JsonNode entry : section("reportRecipients")) {
            String where = file + ", reportRecipients[" + index++ + "]";
            String unit = requiredText(entry, "unit", where);
            List<Recipient> recipients = new ArrayList<>();
            try {
                texts(entry, "email").forEach(address -> recipients.add(Recipient.email(address)));
                texts(entry, "webhook").forEach(url -> recipients.add(Recipient.webhook(url)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
            lists.add(new RecipientList(unit, recipients, texts(entry, "copiesTo")));
        }
        return lists;
    }

    /** The list of a unit, or an empty one. */
    public RecipientList recipientsOf(String unit) {
        return reportRecipients().stream().filter(list -> list.unit().equalsIgnoreCase(unit)).findFirst()
                .orElse(new RecipientList(unit, List.of(), List.of()));
    }

    public static String requiredText(JsonNode entry, String field, String where) {
        JsonNode value = entry.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + " has no '" + field + "'.");
        }
        return value.asText();
    }

    public static List<String> texts(JsonNode entry, String field) {
        List<String> values = new ArrayList<>();
        entry.path(field).forEach(value -> values.add(value.asText()));
        return values;
    }
}
