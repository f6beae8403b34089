package vn.thanhhoa.cds.dashboards.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thanhhoa.cds.dashboards.access.LoginThrottle;
import vn.thanhhoa.cds.dashboards.access.PasswordHashes;
import vn.thanhhoa.cds.dashboards.access.Session;
import vn.thanhhoa.cds.dashboards.access.SessionStore;
import vn.thanhhoa.cds.dashboards.access.User;
import vn.thanhhoa.cds.dashboards.access.UserDirectory;
import vn.thanhhoa.cds.dashboards.table.CellText;

/**
 * Sign-in and sign-out: {@code GET /dang-nhap} (the page, which also sets the sign-in CSRF cookie),
 * {@code POST /api/dang-nhap} (JSON {@code {"ten", "matKhau"}}), {@code POST /api/dang-xuat},
 * {@code GET /api/phien} (who is signed in and the CSRF token the pages send back).
 */
public final class SignInApi {

    private static final Logger LOG = LoggerFactory.getLogger(SignInApi.class);

    private final UserDirectory users;
    private final SessionStore sessions;
    private final LoginThrottle throttle;
    private final PageFiles pages;
    /** Checked against when the login is unknown, so that the answer takes as long as for a known one. */
    private final String dummyHash;

    public SignInApi(UserDirectory users, SessionStore sessions, LoginThrottle throttle, PageFiles pages, PasswordHashes hashes) {
        this.users = users;
        this.dummyHash = hashes.hash(sessions.token());
        this.sessions = sessions;
        this.throttle = throttle;
        this.pages = pages;
    }

    public void configure(JavalinConfig config) {
        config.routes.get("/dang-nhap", this::page);
        config.routes.post("/api/dang-nhap", this::signIn);
        config.routes.post("/api/dang-xuat", this::signOut);
        config.routes.get("/api/phien", this::who);
    }

    private void page(Context ctx) {
        setCookie(ctx, AccessGuard.LOGIN_COOKIE, sessions.token(), false);
        pages.serve(ctx, "dang-nhap.html");
    }

    private record Credentials(String ten, String matKhau) {}

    private void signIn(Context ctx) {
        if (!AccessGuard.same(ctx.cookie(AccessGuard.LOGIN_COOKIE), ctx.header(AccessGuard.CSRF_HEADER))) {
            throw Refused.forbidden("Phiên đăng nhập đã cũ; hãy tải lại trang đăng nhập rồi thử lại.");
        }
        Credentials given;
        try {
            given = ctx.bodyAsClass(Credentials.class);
        } catch (RuntimeException e) {
            throw Refused.badRequest("Yêu cầu đăng nhập không đúng dạng.");
        }
        String login = given.ten() == null ? "" : given.ten().strip();
        String address = ctx.ip();
        Optional<Instant> blocked = throttle.blockedUntil(login, address);
        if (blocked.isPresent()) {
            throw Refused.throttled("Đăng nhập sai quá nhiều lần; hãy thử lại sau "
                    + DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(CellText.VIETNAM).format(blocked.get()) + ".");
        }
        Optional<User> user = users.user(login);
        boolean matches = PasswordHashes.matches(given.matKhau(), user.map(User::passwordHash).orElse(dummyHash)) && user.isPresent();
        if (!matches) {
            throttle.failed(login, address);
            LOG.info("Failed sign-in for '{}' from {}", login.replaceAll("[^A-Za-z0-9._-]", "?"), address);
            throw Refused.forbidden("Tên đăng nhập hoặc mật khẩu không đúng.");
        }
        throttle.succeeded(login, address);
        Session session = sessions.open(user.get());
        setCookie(ctx, AccessGuard.SESSION_COOKIE, session.token(), true);
        LOG.info("Signed in: {} from {}", user.get(), address);
        ctx.json(who(session));
    }

    private void signOut(Context ctx) {
        sessions.close(ctx.cookie(AccessGuard.SESSION_COOKIE));
        ctx.res().addHeader("Set-Cookie", AccessGuard.SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
        ctx.json(Map.of("ok", true));
    }

    private void who(Context ctx) {
        ctx.json(who(AccessGuard.viewer(ctx).session()));
    }

    private static Map<String, Object> who(Session session) {
        User user = session.user();
        Map<String, Object> who = new LinkedHashMap<>();
        who.put("login", user.login());
        who.put("name", user.name());
        who.put("role", user.role().name());
        who.put("roleName", user.role().vietnameseName());
        who.put("unit", user.unit().orElse(null));
        who.put("body", user.body().orElse(null));
        who.put("csrf", session.csrfToken());
        who.put("home", home(user));
        return who;
    }

    /** Where a user lands after signing in. */
    static String home(User user) {
        return switch (user.role()) {
            case PROVINCE_ANALYST, UNIT_REVIEWER -> "/tong-quan";
            case COMMUNE_OFFICER -> "/xa/" + user.unit().orElseThrow();
            case REPORTING_BODY -> "/nop-bao-cao";
        };
    }

    private static void setCookie(Context ctx, String name, String value, boolean httpOnly) {
        boolean secure = "https".equalsIgnoreCase(ctx.scheme());
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; SameSite=Strict" + (httpOnly ? "; HttpOnly" : "") + (secure ? "; Secure" : ""));
    }
}
