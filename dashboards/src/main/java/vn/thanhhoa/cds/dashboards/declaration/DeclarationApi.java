package vn.thanhhoa.cds.dashboards.declaration;

import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.dashboards.access.Role;
import vn.thanhhoa.cds.dashboards.indicators.IndicatorDirectory;
import vn.thanhhoa.cds.dashboards.units.Commune;
import vn.thanhhoa.cds.dashboards.units.Communes;
import vn.thanhhoa.cds.dashboards.web.AccessGuard;
import vn.thanhhoa.cds.dashboards.web.PageFiles;
import vn.thanhhoa.cds.dashboards.web.Refused;
import vn.thanhhoa.cds.dashboards.web.Viewer;

/**
 * The declaration page and its API. {@code GET /khai-bao} the page; {@code GET /api/khai-bao}
 * ({@code xa}, {@code bo}, {@code nam}) the form of a commune and what was received from it;
 * {@code POST /api/khai-bao} (multipart: {@code xa, bo, ma, nam, thang, dat, giaTri, mauSo},
 * {@code chiTiet.<measure>}, files {@code minhChung} with titles {@code tieuDe} in the same order)
 * a declaration; {@code GET /api/khai-bao/minh-chung/{xa}/{nam}/{tep}} a kept evidence document.
 *
 * <p>Who: a commune officer declares for its commune; a province analyst for any commune, on its
 * behalf (the line records the analyst's login as the declarer); a unit reviewer sees the page,
 * what was received and the evidence of its communes, but does not declare; a reporting body gets
 * nothing. Every refusal is JSON {@code {"loi": "…"}} in Vietnamese.
 */
public final class DeclarationApi {

    static final String NOT_CONFIGURED = "Máy chủ này chưa được cấu hình để nhận khai báo chỉ tiêu qua trang web.";
    static final String NOT_STORED = "Máy chủ không lưu được khai báo, vui lòng thử lại sau hoặc báo quản trị hệ thống.";
    static final String REVIEWER_READS_ONLY = "Cán bộ thẩm tra chỉ xem khai báo và minh chứng, không khai báo thay xã.";
    /** Room beside the documents for the fields, part headers and boundaries. */
    static final long FORM_OVERHEAD = 256 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(DeclarationApi.class);
    private static final String EVIDENCE_PATH = "/api/khai-bao/minh-chung/";

    private final DeclarationDesk desk;
    private final ReceivedDeclarations received;
    private final Communes communes;
    private final IndicatorDirectory indicators;
    private final PageFiles pages;

    /** @param desk where declarations go; null when this server takes none (the API answers 503, the page says so) */
    public DeclarationApi(DeclarationDesk desk, ReceivedDeclarations received, Communes communes, IndicatorDirectory indicators, PageFiles pages) {
        this.desk = desk;
        this.received = received;
        this.communes = communes;
        this.indicators = indicators;
        this.pages = pages;
    }

    /**
     * Adds the routes. Jetty's multipart limits are one setting for the whole server, so they are
     * set here to the larger of this form's and the monthly-report upload's ({@code otherMaxBytes}).
     */
    public void configure(JavalinConfig config, long otherMaxBytes) {
        if (desk != null) {
            // A little beyond the evidence limit, so that a document just over it is refused by the
            // store, whose message names the file.
            long perFile = Math.max(desk.evidence().maxBytes() + FORM_OVERHEAD, otherMaxBytes);
            long total = Math.max(desk.evidence().maxBytes() * DeclarationDesk.MAX_DOCUMENTS, otherMaxBytes) + FORM_OVERHEAD;
            config.jetty.multipartConfig.maxFileSize(perFile, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(total, SizeUnit.BYTES);
        }
        config.routes.get("/khai-bao", ctx -> {
            declarant(ctx);
            pages.serve(ctx, "khai-bao.html");
        });
        config.routes.get("/khai-bao.html", ctx -> ctx.redirect("/khai-bao"));
        config.routes.get("/api/khai-bao", this::form);
        config.routes.post("/api/khai-bao", this::declare);
        config.routes.get(EVIDENCE_PATH + "{xa}/{nam}/{tep}", this::evidence);
    }

    /** Anyone who reads indicators sees the page; a reporting body is refused. */
    private static Viewer declarant(Context ctx) {
        Viewer viewer = AccessGuard.viewer(ctx);
        viewer.requireIndicators();
        return viewer;
    }

    private static boolean declares(Viewer viewer) {
        return viewer.role() == Role.COMMUNE_OFFICER || viewer.role() == Role.PROVINCE_ANALYST;
    }

    private void form(Context ctx) {
        Viewer viewer = declarant(ctx);
        if (desk == null) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("loi", NOT_CONFIGURED));
            return;
        }
        List<Commune> choices = communes.all().stream().filter(c -> viewer.scope().allows(c.code())).toList();
        String chosen = Optional.ofNullable(ctx.queryParam("xa")).filter(s -> !s.isBlank())
                .orElse(viewer.role() == Role.COMMUNE_OFFICER ? viewer.user().unit().orElseThrow() : null);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("xaChon", choices.stream().map(c -> Map.of("ma", c.code(), "ten", c.name())).toList());
        answer.put("coTheKhaiBao", declares(viewer));
        answer.put("gioiHanMinhChung", desk.evidence().maxBytes());
        answer.put("soMinhChungToiDa", DeclarationDesk.MAX_DOCUMENTS);
        IndicatorDirectory.SetInfo set = Optional.ofNullable(ctx.queryParam("bo")).flatMap(indicators::set)
                .orElseGet(() -> indicators.sets().getFirst());
        int year = Optional.ofNullable(ctx.queryParam("nam")).filter(y -> y.matches("\\d{4}")).map(Integer::parseInt)
                .filter(set.years()::contains).orElse(set.years().getLast());
        answer.put("bo", set.id());
        answer.put("nam", year);
        answer.put("cacBo", indicators.sets());
        answer.put("chiTieu", desk.form().items(set.id()));
        if (chosen != null) {
            viewer.requireCommune(chosen);
            Commune commune = communes.commune(chosen).orElseThrow(() -> Refused.notFound("Không có xã, phường mã " + chosen + "."));
            answer.put("xa", commune.code());
            answer.put("tenXa", commune.name());
            answer.put("daNhan", received.ofCommune(commune.code()).stream().map(this::shown).toList());
        }
        ctx.json(answer);
    }

    /** A received declaration as the page lists it: the indicator's name, and a link for each kept document. */
    private Map<String, Object> shown(ReceivedDeclarations.Received r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("bo", r.set());
        row.put("ma", r.code());
        row.put("ten", indicators.indicator(r.set(), r.code()).map(i -> i.name()).orElse(""));
        row.put("nam", r.year());
        row.put("thang", r.month());
        row.put("dat", r.met());
        row.put("giaTri", r.value());
        row.put("mauSo", r.whole());
        row.put("chiTiet", r.parts());
        row.put("nguoiKeKhai", r.declaredBy());
        row.put("thoiGian", r.declaredAt());
        row.put("minhChung", r.evidence().stream().map(e -> {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("ten", e.title());
            document.put("thamChieu", e.reference());
            document.put("duongDan", EvidenceStore.communeOf(e.reference()).map(c -> link(e.reference())).orElse(null));
            return document;
        }).toList());
        return row;
    }

    /** Where the page downloads a kept document from. */
    public static String link(String reference) {
        return EVIDENCE_PATH + reference;
    }

    private void declare(Context ctx) {
        Viewer viewer = declarant(ctx);
        if (!declares(viewer)) {
            throw Refused.forbidden(REVIEWER_READS_ONLY);
        }
        if (desk == null) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("loi", NOT_CONFIGURED));
            return;
        }
        long length = ctx.req().getContentLengthLong();
        if (length > desk.evidence().maxBytes() * DeclarationDesk.MAX_DOCUMENTS + FORM_OVERHEAD) {
            ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("loi", "Khai báo kèm tệp quá lớn để nhận."));
            return;
        }
        DeclarationDesk.Submission submission;
        try {
            submission = submission(ctx);
        } catch (Exception unreadable) {
            // Jetty reports its multipart limits and a garbled body alike (ServletException, IllegalStateException).
            LOG.debug("Unreadable declaration form", unreadable);
            ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("loi", mentionsLimit(unreadable)
                    ? "Tệp minh chứng vượt quá dung lượng tối đa " + DeclarationRefused.megabytes(desk.evidence().maxBytes()) + "."
                    : "Yêu cầu khai báo không đúng dạng biểu mẫu multipart/form-data."));
            return;
        }
        String commune = submission.commune();
        if (commune == null || commune.isBlank()) {
            ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("loi", DeclarationRefused.noCommune().getMessage()));
            return;
        }
        if (!viewer.scope().allows(commune)) {
            throw Refused.forbidden("Bạn chỉ được khai báo cho xã của mình, không phải xã có mã " + commune + ".");
        }
        if (communes.commune(commune).isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("loi", DeclarationRefused.unknownCommune(commune).getMessage()));
            return;
        }
        try {
            DeclarationDesk.Accepted accepted = desk.accept(submission, viewer.user().login());
            NewDeclaration d = accepted.declaration();
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("tep", accepted.storedName());
            answer.put("xa", d.commune());
            answer.put("bo", d.set());
            answer.put("ma", d.code());
            answer.put("nam", d.year());
            answer.put("thang", d.month());
            answer.put("dat", d.met());
            answer.put("giaTri", d.value());
            answer.put("mauSo", d.whole());
            answer.put("chiTiet", d.parts());
            answer.put("nguoiKeKhai", d.declaredBy());
            answer.put("thoiGian", d.declaredAt().toInstant());
            answer.put("minhChung", d.evidence().stream().map(e -> Map.of("ten", e.title(), "thamChieu", e.reference(), "duongDan", link(e.reference()))).toList());
            ctx.status(HttpStatus.CREATED).json(answer);
        } catch (DeclarationRefused refused) {
            ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("loi", refused.getMessage()));
        } catch (IOException e) {
            LOG.error("Could not store a declaration of {}", commune, e);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(Map.of("loi", NOT_STORED));
        }
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

    private static DeclarationDesk.Submission submission(Context ctx) {
        Map<String, String> parts = new LinkedHashMap<>();
        ctx.formParamMap().forEach((name, values) -> {
            if (name.startsWith("chiTiet.") && !values.isEmpty()) {
                parts.put(name.substring("chiTiet.".length()), values.getFirst());
            }
        });
        List<UploadedFile> files = ctx.uploadedFiles("minhChung");
        List<String> titles = ctx.formParams("tieuDe");
        List<DeclarationDesk.Document> documents = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            UploadedFile file = files.get(i);
            documents.add(new DeclarationDesk.Document(file.filename(), i < titles.size() ? titles.get(i) : null, file::content));
        }
        return new DeclarationDesk.Submission(ctx.formParam("xa"), ctx.formParam("bo"), ctx.formParam("ma"), ctx.formParam("nam"),
                ctx.formParam("thang"), ctx.formParam("dat"), ctx.formParam("giaTri"), ctx.formParam("mauSo"), parts, documents);
    }

    private void evidence(Context ctx) throws IOException {
        Viewer viewer = declarant(ctx);
        String commune = ctx.pathParam("xa");
        // The commune in the address is checked before anything is looked up: a document of
        // another commune is refused alike whether or not it exists.
        viewer.requireCommune(commune);
        if (desk == null) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of("loi", NOT_CONFIGURED));
            return;
        }
        String reference = commune + "/" + ctx.pathParam("nam") + "/" + ctx.pathParam("tep");
        EvidenceStore.Kept kept = desk.evidence().find(reference)
                .filter(k -> k.commune().equals(commune))
                .orElseThrow(() -> Refused.notFound("Không có tài liệu minh chứng này."));
        ctx.contentType(kept.kind().contentType());
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "private, no-store");
        String name = kept.file().getFileName().toString();
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(kept.file())) {
            ctx.result(in.readAllBytes());
        }
    }
}
