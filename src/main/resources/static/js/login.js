/*
 * The sign-in form keeps the username typed when the password was wrong: the page that says so is a new page, so
 * the username waits in this tab's session storage (never the password) and is put back, the password field then
 * focused. A successful sign-in leaves the page and the stored name is cleared on the next visit without an error.
 */
(function () {
    'use strict';
    var form = document.querySelector('form[data-login]');
    if (!form) {
        return;
    }
    var username = form.querySelector('#username');
    var password = form.querySelector('#password');
    var key = 'fleksi.login.username';
    var failed = document.querySelector('[data-testid="login-error"]') !== null;
    try {
        var kept = window.sessionStorage.getItem(key);
        if (failed && kept && !username.value) {
            username.value = kept;
            password.focus();
        } else if (!failed) {
            window.sessionStorage.removeItem(key);
        }
        form.addEventListener('submit', function () {
            window.sessionStorage.setItem(key, username.value);
        });
    } catch (storageRefused) {
        /* private modes may refuse storage: the form works as before */
    }
}());
