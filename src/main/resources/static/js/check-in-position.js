// Check-in and check-out with the device's position, when the PPK has switched it on: on sending, the browser is
// asked for the position once; it is rounded to 2 decimals (about 1 km) here already, and the server rounds again.
// When the person refuses, the browser has none or it takes too long, the form is sent without it.
(function () {
    'use strict';
    var WAIT_MS = 8000;
    var status = document.getElementById('position-status');

    function round(value) {
        return (Math.round(value * 100) / 100).toFixed(2);
    }

    document.querySelectorAll('form[data-position="true"]').forEach(function (form) {
        var asked = false;
        form.addEventListener('submit', function (event) {
            if (asked || !('geolocation' in navigator)) {
                return;
            }
            event.preventDefault();
            asked = true;
            var button = form.querySelector('button[type="submit"]');
            if (button) {
                button.disabled = true;
            }
            if (status) {
                status.textContent = status.getAttribute('data-locating');
            }
            var sent = false;
            function send() {
                if (!sent) {
                    sent = true;
                    form.submit();
                }
            }
            var timer = setTimeout(send, WAIT_MS + 1000);
            navigator.geolocation.getCurrentPosition(function (position) {
                clearTimeout(timer);
                form.querySelector('input[name="latitude"]').value = round(position.coords.latitude);
                form.querySelector('input[name="longitude"]').value = round(position.coords.longitude);
                send();
            }, function () {
                clearTimeout(timer);
                send();
            }, {enableHighAccuracy: false, timeout: WAIT_MS, maximumAge: 300000});
        });
    });
}());
