package id.fleksi.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** The stored page sessions of an account, ended when its password changes or is reset. */
@Component
class AccountSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    /** Ends every stored session of the account but {@code keep} (a session id, or null); how many ended. */
    int end(String username, String keep) {
        FindByIndexNameSessionRepository<? extends Session> store = sessions.getIfAvailable();
        if (store == null) {
            return 0;
        }
        int ended = 0;
        for (String id : store.findByPrincipalName(username).keySet()) {
            if (!id.equals(keep)) {
                store.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
