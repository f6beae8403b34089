package vn.thanhhoa.cds.connectors.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import vn.thanhhoa.cds.connectors.EventId;
import vn.thanhhoa.cds.connectors.agency.AgencyCommuneMapping;
import vn.thanhhoa.cds.connectors.deadletter.Parsed;
import vn.thanhhoa.cds.connectors.folder.JsonLineMapping;
import vn.thanhhoa.cds.schemas.raw.DocumentDirection;
import vn.thanhhoa.cds.schemas.raw.DocumentRecorded;

/**
 * One line of a document-management export to a {@link DocumentRecorded}. A line is the edXML
 * envelope as the national document axis exchanges it (QCVN 102:2016: {@code header.messageheader},
 * {@code status}) plus the block {@code qlvb} that only the local system knows: the office whose
 * register holds the document ({@code donvi}, an agency code), the direction ({@code huong} DEN / DI),
 * the secrecy level ({@code domat}; the envelope has none, secret documents never travel on the axis),
 * processing on the network ({@code xulytrenmang}) and digital signature ({@code kysochu}).
 */
public final class DocumentRecordMapping extends JsonLineMapping<DocumentRecorded> {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Map<String, DocumentDirection> DIRECTIONS = Map.of("DEN", DocumentDirection.INCOMING, "DI", DocumentDirection.OUTGOING);
    /** edXML status codes (SOURCE_FORMATS.md §2). */
    private static final Set<String> STATUS_CODES = Set.of("01", "02", "03", "04", "05", "06", "13", "15", "16");

    private final AgencyCommuneMapping agencies;

    public DocumentRecordMapping(AgencyCommuneMapping agencies) {
        this.agencies = agencies;
    }

    @Override
    protected Parsed<DocumentRecorded> map(JsonNode node, String line, String file, long lineNumber) {
        JsonNode header = node.path("header").path("messageheader");
        JsonNode local = node.path("qlvb");
        String documentId = text(header, "documentid");
        if (documentId == null) {
            return reject(file, lineNumber, "header.messageheader.documentid", "documentid is missing", line);
        }
        String sender = text(header.path("from"), "organid");
        if (sender == null) {
            return reject(file, lineNumber, "header.messageheader.from.organid", "the sender's organid is missing", line);
        }
        DocumentDirection direction = DIRECTIONS.get(String.valueOf(text(local, "huong")));
        if (direction == null) {
            return reject(file, lineNumber, "qlvb.huong", "qlvb.huong '" + text(local, "huong") + "' is neither DEN (incoming) nor DI (outgoing)", line);
        }
        Instant recorded = requiredIsoInstant(node.path("status"), "timestamp", "status.timestamp");
        String statusCode = text(node.path("status"), "statuscode");
        if (statusCode != null && !STATUS_CODES.contains(statusCode)) {
            return reject(file, lineNumber, "status.statuscode", "status code '" + statusCode + "' is not an edXML status (01–06, 13, 15, 16)", line);
        }
        LocalDate promulgation = isoDate(header.path("promulgationinfo"), "promulgationdate", "header.messageheader.promulgationinfo.promulgationdate");
        Instant promulgated = promulgation == null ? null : promulgation.atStartOfDay(VIETNAM).toInstant();
        String office = text(local, "donvi");
        LocalDate onDate = LocalDate.ofInstant(recorded, VIETNAM);
        String commune = office == null ? null : agencies.communeOf(office, onDate).orElse(null);
        if (commune == null) {
            return reject(file, lineNumber, "qlvb.donvi", "office '" + office + "' is not mapped to any commune on " + onDate, line);
        }
        JsonNode code = header.path("code");
        String codeNumber = text(code, "codenumber") == null ? null
                : text(code, "codenumber") + (text(code, "codenotation") == null ? "" : "/" + text(code, "codenotation"));
        DocumentRecorded document = DocumentRecorded.newBuilder()
                .setEventId(EventId.of("document", documentId, office, String.valueOf(statusCode), String.valueOf(recorded.toEpochMilli())))
                .setDocumentId(documentId)
                .setDirection(direction)
                .setCodeNumber(codeNumber)
                .setDocumentType(text(header.path("documenttype"), "typename"))
                .setSenderOrganId(sender)
                .setCommuneCode(commune)
                .setSecret(isSecret(text(local, "domat")))
                .setProcessedElectronically("1".equals(text(local, "xulytrenmang")))
                .setDigitallySigned("1".equals(text(local, "kysochu")))
                .setStatusCode(statusCode)
                .setPromulgatedAt(promulgated)
                .setRecordedAt(recorded)
                .setSourceLocation(file + ":" + lineNumber)
                .build();
        return new Parsed.Accepted<>(documentId, document);
    }

    private static boolean isSecret(String level) {
        return level != null && !level.equals("0") && !level.equalsIgnoreCase("thường");
    }


}
