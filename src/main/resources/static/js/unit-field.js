// Suggestions for a unit field of an institution with too many units to list: as the person types a code or part
// of a name, the units of their scope that match fill the field's datalist (code, then name).
(function () {
    'use strict';
    document.querySelectorAll('input[data-unit-suggestions]').forEach(function (field) {
        var list = document.getElementById(field.getAttribute('list'));
        var timer = null;
        var asked = '';
        field.addEventListener('input', function () {
            clearTimeout(timer);
            var text = field.value.trim();
            if (text.length < 2 || text === asked) {
                return;
            }
            timer = setTimeout(function () {
                asked = text;
                fetch(field.dataset.unitSuggestions + '?q=' + encodeURIComponent(text),
                    {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
                    .then(function (answer) { return answer.ok ? answer.json() : []; })
                    .then(function (units) {
                        list.replaceChildren.apply(list, units.map(function (unit) {
                            var option = document.createElement('option');
                            option.value = unit.code;
                            option.label = unit.code + ' – ' + unit.name;
                            option.textContent = unit.name;
                            return option;
                        }));
                    })
                    .catch(function () { /* no suggestions: the code can still be typed */ });
            }, 200);
        });
    });
})();
