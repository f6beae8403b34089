package vn.thanhhoa.cds.dashboards.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import vn.thanhhoa.cds.dashboards.access.Scope;
import vn.thanhhoa.cds.dashboards.access.Session;
import vn.thanhhoa.cds.dashboards.access.SessionStore;
import vn.thanhhoa.cds.dashboards.units.Communes;

/**
 * Runs before every request: finds the session, refuses what needs one without it, and checks the
 * CSRF token of every state-changing request (the header {@value #CSRF_HEADER}: a form on another
 * site can neither set it nor read the token). Handlers then take the {@link Viewer} from here.
 */
public final class AccessGuard {

    static final String SESSION_COOKIE = "cds_phien";
    static final String LOGIN_COOKIE = "cds_dn";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String VIEWER = "cds.viewer";
    private static final List<String> PUBLIC = List.of("/dang-nhap", "/api/dang-nhap", "/cds.css", "/thu-vien/", "/js/", "/favicon.ico");

    private final SessionStore sessions;
    private final Communes communes;

    public AccessGuard(SessionStore sessions, Communes communes) {
        this.sessions = sessions;
        this.communes = communes;
    }

    public void before(Context ctx) {
        checkOrigin(ctx);
        String path = ctx.path();
        if (PUBLIC.stream().anyMatch(p -> p.endsWith("/") ? path.startsWith(p) : path.equals(p))) {
            return;
        }
        Session session = sessions.find(ctx.cookie(SESSION_COOKIE)).orElseThrow(Refused::signIn);
        if (changesState(ctx) && !same(session.csrfToken(), ctx.header(CSRF_HEADER))) {
            throw Refused.forbidden("Yêu cầu thiếu mã chống giả mạo (CSRF); hãy tải lại trang rồi thử lại.");
        }
        ctx.attribute(VIEWER, new Viewer(session, Scope.of(session.user(), communes)));
    }

    public static Viewer viewer(Context ctx) {
        Viewer viewer = ctx.attribute(VIEWER);
        if (viewer == null) {
            throw Refused.signIn();
        }
        return viewer;
    }

    static boolean changesState(Context ctx) {
        return ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && ctx.method() != HandlerType.OPTIONS;
    }

    /** Constant-time comparison, so that the token cannot be guessed a character at a time. */
    static boolean same(String expected, String given) {
        return expected != null && given != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** A state-changing request that says where it comes from must come from this very site. */
    private static void checkOrigin(Context ctx) {
        if (!changesState(ctx)) {
            return;
        }
        Optional<String> origin = Optional.ofNullable(ctx.header("Origin")).filter(o -> !o.isBlank() && !"null".equals(o));
        String host = ctx.header("Host");
        if (origin.isPresent() && host != null) {
            String originHost;
            try {
                URI uri = URI.create(origin.get());
                originHost = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
            } catch (IllegalArgumentException e) {
                throw Refused.forbidden("Yêu cầu đến từ một trang không hợp lệ.");
            }
            if (!originHost.equalsIgnoreCase(host)) {
                throw Refused.forbidden("Yêu cầu đến từ một trang khác, không được chấp nhận.");
            }
        }
    }
}
