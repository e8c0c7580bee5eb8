/*
 * A file input with data-max-bytes refuses a file larger than that before the form sends it, with the message of
 * its data-too-large attribute (the server refuses it too, but only after the browser has sent it).
 */
(function () {
    'use strict';
    document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
        var max = Number(input.getAttribute('data-max-bytes'));
        input.addEventListener('change', function () {
            var tooLarge = Array.prototype.some.call(input.files || [], function (file) {
                return file.size > max;
            });
            input.setCustomValidity(tooLarge ? input.getAttribute('data-too-large') : '');
            if (tooLarge) {
                input.reportValidity();
            }
        });
    });
})();
