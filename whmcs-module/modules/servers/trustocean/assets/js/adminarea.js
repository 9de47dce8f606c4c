/*
 * The TrustOcean module's controls on the admin service page (revocation reason, name removal,
 * import). WHMCS draws the module tab inside its own service form, so each control posts the way
 * WHMCS's module command buttons do: modop=custom, ac=<function>, the CSRF token, ajax=1, and the
 * control's value; then the page reloads to show the result.
 */
(function () {
    'use strict';

    function post(command, fields) {
        var body = new URLSearchParams();
        body.set('token', window.csrfToken || '');
        body.set('modop', 'custom');
        body.set('ac', command);
        body.set('ajax', '1');
        Object.keys(fields).forEach(function (name) {
            body.set(name, fields[name]);
        });
        return fetch(window.location.href, {
            method: 'POST',
            credentials: 'same-origin',
            headers: {'Content-Type': 'application/x-www-form-urlencoded'},
            body: body.toString()
        }).then(function (response) {
            return response.json();
        });
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-trustocean-command]');
        if (!button) {
            return;
        }
        event.preventDefault();
        var confirmText = button.getAttribute('data-trustocean-confirm');
        if (confirmText && !window.confirm(confirmText)) {
            return;
        }
        var fields = {};
        var inputSelector = button.getAttribute('data-trustocean-input');
        if (inputSelector) {
            var input = document.querySelector(inputSelector);
            if (input) {
                fields[input.getAttribute('data-trustocean-field')] = input.value;
            }
        }
        if (button.hasAttribute('data-trustocean-domain')) {
            fields.domain = button.getAttribute('data-trustocean-domain');
        }
        button.disabled = true;
        post(button.getAttribute('data-trustocean-command'), fields).then(function (answer) {
            if (!answer.success && answer.body) {
                window.alert(answer.body);
            }
            window.location.reload();
        }).catch(function () {
            button.disabled = false;
        });
    });
}());
