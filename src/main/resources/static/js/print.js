/*
 * A button marked data-print prints the page (the browser's print dialog); what is marked d-print-none stays off
 * the paper.
 */
(function () {
    'use strict';
    document.querySelectorAll('[data-print]').forEach(function (button) {
        button.addEventListener('click', function () {
            window.print();
        });
    });
})();
