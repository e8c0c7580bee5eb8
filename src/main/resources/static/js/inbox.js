// The inbox's "select all on this page" box: shown only where scripts run; without it every box is ticked by hand.
document.addEventListener('DOMContentLoaded', function () {
    var all = document.getElementById('select-all');
    if (!all) {
        return;
    }
    all.hidden = false;
    all.addEventListener('change', function () {
        document.querySelectorAll('.plan-select').forEach(function (box) {
            box.checked = all.checked;
        });
    });
});
