package id.fleksi.notifications;

import id.fleksi.shared.web.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The notifications of each account: posted by the reminders (and by any module that has something to tell a
 * person), read only by their own account, newest first.
 */
@Service
public class Notifications {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final NotificationTexts texts;

    Notifications(JdbcClient jdbc, JsonMapper json, NotificationTexts texts) {
        this.jdbc = jdbc;
        this.json = json;
        this.texts = texts;
    }

    /**
     * Posts a notification to an account.
     *
     * @param link a path of the application the notification leads to, or {@code null}
     * @param args the arguments of its title and body; ISO dates are shown as dates in the reader's language
     * @return its id
     */
    @Transactional
    public long post(long accountId, NotificationKind kind, String link, List<String> args) {
        return jdbc.sql("""
                        insert into notification (account_id, kind, title_key, body_key, args, link)
                        values (:account, :kind, :title, :body, cast(:args as jsonb), :link)
                        returning id""")
                .param("account", accountId).param("kind", kind.name())
                .param("title", kind.titleKey()).param("body", kind.bodyKey())
                .param("args", json.writeValueAsString(args)).param("link", link)
                .query(Long.class).single();
    }

    /**
     * Posts one notification of the kind to each account, each with its own arguments, in one statement: a
     * change that reaches every head of a ministry writes thousands at once.
     *
     * @param argsByAccount the arguments of each account's title and body, by account id
     */
    @Transactional
    public void postEach(Map<Long, List<String>> argsByAccount, NotificationKind kind, String link) {
        if (argsByAccount.isEmpty()) {
            return;
        }
        Long[] accounts = argsByAccount.keySet().toArray(Long[]::new);
        String[] args = Arrays.stream(accounts).map(account -> json.writeValueAsString(argsByAccount.get(account)))
                .toArray(String[]::new);
        jdbc.sql("""
                        insert into notification (account_id, kind, title_key, body_key, args, link)
                        select a.account, :kind, :title, :body, cast(a.args as jsonb), :link
                        from unnest(cast(:accounts as bigint[]), cast(:args as text[])) a(account, args)""")
                .param("accounts", accounts).param("args", args).param("kind", kind.name())
                .param("title", kind.titleKey()).param("body", kind.bodyKey()).param("link", link)
                .update();
    }

    /** The account's own notifications, newest first, in the reader's language. */
    @Transactional(readOnly = true)
    public Paged<NotificationView> of(long accountId, int page, int size, Locale locale) {
        long total = jdbc.sql("select count(*) from notification where account_id = :account")
                .param("account", accountId).query(Long.class).single();
        List<NotificationView> items = jdbc.sql("""
                        select id, kind, title_key, body_key, args::text, link, created_at, read_at
                        from notification where account_id = :account
                        order by created_at desc, id desc limit :size offset :offset""")
                .param("account", accountId).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> view(rs, locale))
                .list();
        return new Paged<>(items, page, size, total);
    }

    /** How many of the account's notifications are unread: one count on an index of the unread ones. */
    @Transactional(readOnly = true)
    public long unread(long accountId) {
        return jdbc.sql("select count(*) from notification where account_id = :account and read_at is null")
                .param("account", accountId).query(Long.class).single();
    }

    /** Marks one of the account's own notifications read; false when the account has no such notification. */
    @Transactional
    public boolean markRead(long accountId, long id) {
        return jdbc.sql("""
                        update notification set read_at = coalesce(read_at, now())
                        where id = :id and account_id = :account""")
                .param("id", id).param("account", accountId).update() > 0;
    }

    /** Marks every unread notification of the account read; the number marked. */
    @Transactional
    public int markAllRead(long accountId) {
        return jdbc.sql("update notification set read_at = now() where account_id = :account and read_at is null")
                .param("account", accountId).update();
    }

    private NotificationView view(ResultSet rs, Locale locale) throws SQLException {
        List<String> args = json.readValue(rs.getString("args"), STRINGS);
        OffsetDateTime readAt = rs.getObject("read_at", OffsetDateTime.class);
        return new NotificationView(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                texts.render(rs.getString("title_key"), args, locale),
                texts.render(rs.getString("body_key"), args, locale), rs.getString("link"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                readAt == null ? null : readAt.toInstant());
    }
}
