/**
 * Notifications and the reminders of the weekly loop: notifications in the application for each account
 * ({@code /notifikasi}, an unread badge in the navigation), e-mail through the institution's SMTP server to
 * the address a person gives ({@code /akun/surel}), and the scheduled reminders (a plan missing after the
 * PPK's plan deadline; plans waiting for a unit head's decision), run once across instances with ShedLock.
 */
package id.fleksi.notifications;
