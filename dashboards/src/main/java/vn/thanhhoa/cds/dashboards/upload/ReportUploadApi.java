package vn.thanhhoa.cds.dashboards.upload;

import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the monthly-report upload: {@code POST /api/reports/upload} (multipart fields
 * {@code nguon}, the reporting body code, and {@code tep}, the file) and
 * {@code GET /api/reports/bodies}. Every answer other than success is JSON {@code {"loi": "…"}}
 * in Vietnamese, because the page shows it to the officer as it is.
 */
public final class ReportUploadApi {

    static final String BODY_FIELD = "nguon";
    static final String FILE_FIELD = "tep";
    static final String NOT_CONFIGURED = "Máy chủ này chưa được cấu hình để nhận báo cáo tháng qua trang web.";
    static final String NOT_STORED = "Máy chủ không lưu được tệp báo cáo, vui lòng thử lại sau hoặc báo quản trị hệ thống.";

    /** Room beside the file for the body code field, the part headers and the boundaries. */
    static final long FORM_OVERHEAD = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ReportUploadApi.class);

    static final String OTHER_BODY = "Tài khoản này chỉ được nộp báo cáo của đơn vị mình.";

    private final ReportInbox inbox;
    private final Function<Context, Optional<String>> onlyBody;

    /**
     * @param inbox    where uploads go; null when this server takes none (both endpoints answer 503)
     * @param onlyBody the one body the requester may upload for (empty: any); throws when the requester may not upload at all
     */
    public ReportUploadApi(ReportInbox inbox, Function<Context, Optional<String>> onlyBody) {
        this.inbox = inbox;
        this.onlyBody = onlyBody;
    }

    /** Adds the routes and bounds multipart requests by the inbox's limit. */
    public void configure(JavalinConfig config) {
        if (inbox != null) {
            // Jetty's own bound: without it a multipart body of any size is spooled to disk
            // before the handler sees a byte.
            config.jetty.multipartConfig.maxFileSize(inbox.maxBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(inbox.maxBytes() + FORM_OVERHEAD, SizeUnit.BYTES);
        }
        config.routes.get("/api/reports/bodies", this::bodies);
        config.routes.post("/api/reports/upload", this::upload);
    }

    private void bodies(Context ctx) {
        Optional<String> only = onlyBody.apply(ctx);
        if (inbox == null) {
            notConfigured(ctx);
            return;
        }
        ctx.json(inbox.bodies().stream().filter(body -> only.map(body::equals).orElse(true)).map(ReportingBody::of).toList());
    }

    private void upload(Context ctx) {
        Optional<String> only = onlyBody.apply(ctx);
        if (inbox == null) {
            notConfigured(ctx);
            return;
        }
        try {
            Form form = readForm(ctx);
            if (only.isPresent() && !only.get().equals(form.body())) {
                ctx.status(HttpStatus.FORBIDDEN).json(error(OTHER_BODY));
                return;
            }
            StoredReport stored;
            try (InputStream content = form.file().content()) {
                stored = inbox.accept(form.body(), form.file().filename(), content);
            }
            ctx.status(HttpStatus.CREATED).json(stored);
        } catch (UploadRefused refused) {
            ctx.status(HttpStatus.BAD_REQUEST).json(error(refused.getMessage()));
        } catch (IOException e) {
            LOG.error("Could not store an uploaded report", e);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(error(NOT_STORED));
        }
    }

    private record Form(String body, UploadedFile file) {
    }

    private Form readForm(Context ctx) throws UploadRefused {
        long length = ctx.req().getContentLengthLong();
        // Browsers always send the length: a body that cannot fit is refused before it is read.
        if (length > inbox.maxBytes() + FORM_OVERHEAD) {
            throw UploadRefused.tooLarge(inbox.maxBytes());
        }
        String body;
        UploadedFile file;
        try {
            body = ctx.formParam(BODY_FIELD);
            file = ctx.uploadedFile(FILE_FIELD);
        } catch (Exception e) {
            // Jetty reports its multipart limits and a garbled body alike (ServletException,
            // IllegalStateException); the length, when known, tells which one it was.
            if (length > inbox.maxBytes() || length < 0 && mentionsLimit(e)) {
                throw UploadRefused.tooLarge(inbox.maxBytes());
            }
            LOG.debug("Unreadable multipart upload", e);
            throw UploadRefused.unreadableForm();
        }
        if (file == null) {
            throw body == null || body.isBlank() ? UploadRefused.noBody() : UploadRefused.noFile();
        }
        return new Form(body, file);
    }

    /** Jetty words its limits "max file size exceeded" and "max length exceeded". */
    private static boolean mentionsLimit(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("exceeded")) {
                return true;
            }
        }
        return false;
    }

    private static void notConfigured(Context ctx) {
        ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(error(NOT_CONFIGURED));
    }

    private static Map<String, String> error(String message) {
        return Map.of("loi", message);
    }
}
