/*
 * The weekly plan form, made livelier: the verdict panel is asked of the server again whenever the plan changes
 * (the server's verdict is the one that counts), a dinamis week's balance is counted here as the employee types,
 * weekend rows open when they are worked, and the office select shows only for "Kantor lain".
 * Without JavaScript the form works the same through its "Periksa" button.
 */
(function () {
    'use strict';

    var form = document.querySelector('form[data-weekplan]');
    if (!form || !window.fetch) {
        return;
    }
    var csrf = document.querySelector('meta[name="_csrf"]');
    var pending = null;
    var timer = null;

    function format(template, values) {
        return template.replace(/\{(\d)\}/g, function (match, index) {
            return values[+index];
        });
    }

    function minutesOf(value) {
        var match = /^(\d{1,2})[:.](\d{2})$/.exec((value || '').trim());
        return match ? (+match[1]) * 60 + (+match[2]) : null;
    }

    function flexType() {
        var select = form.querySelector('[name="flexType"]');
        return select ? select.value : 'NONE';
    }

    function rows() {
        return Array.prototype.slice.call(form.querySelectorAll('tr.weekplan-day'));
    }

    function kindOf(row) {
        var select = row.querySelector('[data-weekplan-kind]');
        return select ? select.value : '';
    }

    /* The effective minutes of a day as the rules count them (Pasal 3): end - start - break, the standard day
       filling in what is left empty; none on leave, the standard day on duty travel. */
    function effective(row) {
        var kind = kindOf(row);
        var required = +row.getAttribute('data-required');
        if (!kind || kind === 'CUTI') {
            return 0;
        }
        var start = minutesOf(row.getAttribute('data-std-start'));
        var end = minutesOf(row.getAttribute('data-std-end'));
        if (kind === 'DINAS_LUAR') {
            return required || (end - start - (+row.getAttribute('data-std-break')));
        }
        var typedStart = minutesOf(row.querySelector('[data-weekplan-start]').value);
        var typedEnd = minutesOf(row.querySelector('[data-weekplan-end]').value);
        if (typedStart !== null && typedEnd !== null) {
            start = typedStart;
            end = typedEnd;
        }
        var typedBreak = row.querySelector('[data-weekplan-break]').value.trim();
        var pause = /^\d+$/.test(typedBreak) ? +typedBreak : +row.getAttribute('data-std-break');
        var span = end - start;
        if (span < 0) {
            span += 24 * 60;
        }
        return Math.max(0, span - pause);
    }

    function duration(minutes) {
        var hours = Math.floor(minutes / 60);
        var rest = minutes % 60;
        if (hours === 0) {
            return format(form.getAttribute('data-text-m'), [rest]);
        }
        if (rest === 0) {
            return format(form.getAttribute('data-text-h'), [hours]);
        }
        return format(form.getAttribute('data-text-hm'), [hours, rest]);
    }

    function hhmm(minutes) {
        var rest = minutes % 60;
        return Math.floor(minutes / 60) + '.' + (rest < 10 ? '0' : '') + rest;
    }

    function updateBalance() {
        var target = form.querySelector('[data-weekplan-balance]');
        if (!target) {
            return;
        }
        if (flexType() !== 'DINAMIS') {
            target.hidden = true;
            return;
        }
        var planned = 0;
        var required = 0;
        rows().forEach(function (row) {
            planned += effective(row);
            if (kindOf(row) !== 'CUTI') {
                required += +row.getAttribute('data-required');
            }
        });
        var balance = planned - required;
        var text = balance < 0 ? format(form.getAttribute('data-text-short'), [duration(-balance)])
            : balance > 0 ? format(form.getAttribute('data-text-over'), [duration(balance)])
                : form.getAttribute('data-text-even');
        target.textContent = format(form.getAttribute('data-text-live'), [hhmm(planned), hhmm(required), text]);
        target.classList.toggle('text-danger', balance < 0);
        target.classList.toggle('text-success', balance >= 0);
        target.hidden = false;
    }

    function updateRows() {
        var sif = flexType() === 'SIF';
        rows().forEach(function (row) {
            var kind = kindOf(row);
            if (row.getAttribute('data-weekend') === 'true') {
                row.classList.toggle('is-collapsed', !sif && !kind);
            }
            var office = row.querySelector('[data-weekplan-office]');
            if (office) {
                office.hidden = kind !== 'KANTOR_LAIN';
            }
        });
    }

    function check() {
        if (pending) {
            pending.abort();
        }
        pending = new AbortController();
        var headers = {'X-Fleksi-Fragment': 'verdict'};
        if (csrf) {
            headers['X-CSRF-TOKEN'] = csrf.getAttribute('content');
        }
        fetch(form.getAttribute('data-check-url'), {
            method: 'POST',
            headers: headers,
            body: new URLSearchParams(new FormData(form)),
            credentials: 'same-origin',
            signal: pending.signal
        }).then(function (response) {
            return response.ok ? response.text() : null;
        }).then(function (html) {
            var panel = document.getElementById('verdict');
            if (html && panel) {
                var holder = document.createElement('div');
                holder.innerHTML = html;
                var fresh = holder.querySelector('#verdict');
                if (fresh) {
                    panel.replaceWith(fresh);
                }
            }
        }).catch(function () {
            /* a check overtaken by the next one, or the network: the "Periksa" button still works */
        });
    }

    function changed() {
        updateRows();
        updateBalance();
        window.clearTimeout(timer);
        timer = window.setTimeout(check, 400);
    }

    form.addEventListener('change', changed);
    form.addEventListener('input', updateBalance);
    updateRows();
    updateBalance();
})();
