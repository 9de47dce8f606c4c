/**
 * The page glue of the browser CSR generator: reads the subject fields, runs pkcs10.js, puts
 * the CSR into the form and offers the private key as a file. The key never leaves the browser:
 * its fields have no name and sit outside the form.
 */
(function () {
    'use strict';

    var subtle = window.crypto && window.crypto.subtle;
    var panel = document.querySelector('[data-csr-generator]');
    if (!panel || !subtle || !window.TrustOceanPkcs10) {
        return;
    }
    panel.classList.remove('d-none');

    function readSubject() {
        var subject = {};
        panel.querySelectorAll('[data-subject]').forEach(function (field) {
            var value = field.value.trim();
            if (value !== '') {
                subject[field.getAttribute('data-subject')] = value;
            }
        });
        return subject;
    }

    function offerKey(key, commonName) {
        var box = panel.querySelector('[data-generator-key]');
        var link = panel.querySelector('[data-generator-key-download]');
        box.querySelector('textarea').value = key;
        link.href = URL.createObjectURL(new Blob([key], { type: 'application/x-pem-file' }));
        link.download = commonName.replace(/^\*\./, 'wildcard.') + '.key';
        box.classList.remove('d-none');
        link.click();
    }

    function useCsr(csr) {
        var textarea = document.getElementById('trustocean-csr');
        var upload = document.getElementById('trustocean-csr-source-upload');
        if (textarea) {
            textarea.value = csr;
        }
        if (upload) {
            upload.checked = true;
            upload.dispatchEvent(new Event('change', { bubbles: true }));
        }
    }

    panel.querySelector('[data-generator-run]').addEventListener('click', function () {
        var status = panel.querySelector('[data-generator-status]');
        var subject = readSubject();
        if (!subject.CN) {
            status.textContent = panel.getAttribute('data-msg-cn-required');
            return;
        }
        status.textContent = panel.getAttribute('data-msg-working');
        var keyType = panel.querySelector('[data-generator-algorithm]').value;
        window.TrustOceanPkcs10.create(subject, keyType, subtle).then(function (made) {
            useCsr(made.csr);
            offerKey(made.privateKey, subject.CN);
            status.textContent = panel.getAttribute('data-msg-done');
        }).catch(function () {
            status.textContent = panel.getAttribute('data-msg-failed');
        });
    });
})();
