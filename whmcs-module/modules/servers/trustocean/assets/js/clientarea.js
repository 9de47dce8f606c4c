/**
 * Progressive enhancement of the certificate pages; every form also works without it.
 * - shows only the fields of the chosen CSR source and download key source;
 * - shows only the instructions of each domain's chosen validation method;
 * - "same for all" copies one method to every domain that can use it;
 * - asks before removing a domain;
 * - turns the issued certificate's sections into tabs.
 */
(function () {
    'use strict';

    var root = document.getElementById('trustocean-order');
    if (!root) {
        return;
    }

    /** Shows the [attribute=value] blocks of the checked radio of a group, hides the others. */
    function followRadios(choiceAttribute, blockAttribute) {
        var radios = root.querySelectorAll('[' + choiceAttribute + ']');
        function update() {
            var checked = root.querySelector('[' + choiceAttribute + ']:checked');
            root.querySelectorAll('[' + blockAttribute + ']').forEach(function (block) {
                block.hidden = !checked || block.getAttribute(blockAttribute) !== checked.value;
            });
        }
        radios.forEach(function (radio) { radio.addEventListener('change', update); });
        if (radios.length > 0) {
            update();
        }
    }

    function methodKind(value) {
        return value === 'dns' || value === 'http' || value === 'https' ? value : 'email';
    }

    function showInstructions(select) {
        var box = root.querySelector('[data-dcv-instructions="' + select.getAttribute('data-dcv-method') + '"]');
        if (!box) {
            return;
        }
        var kind = methodKind(select.value);
        box.querySelectorAll('[data-dcv-for]').forEach(function (block) {
            block.hidden = block.getAttribute('data-dcv-for').split(' ').indexOf(kind) === -1;
        });
    }

    function enhanceMethods() {
        var selects = root.querySelectorAll('select[data-dcv-method]');
        selects.forEach(function (select) {
            select.addEventListener('change', function () { showInstructions(select); });
            showInstructions(select);
        });
        var sameForAll = root.querySelector('[data-same-for-all]');
        if (sameForAll) {
            sameForAll.addEventListener('change', function () {
                selects.forEach(function (select) {
                    var usable = Array.prototype.some.call(select.options, function (option) {
                        return option.value === sameForAll.value;
                    });
                    if (usable) {
                        select.value = sameForAll.value;
                        showInstructions(select);
                    }
                });
            });
        }
    }

    function enhanceConfirmations() {
        root.querySelectorAll('form[data-confirm]').forEach(function (form) {
            form.addEventListener('submit', function (event) {
                if (!window.confirm(form.getAttribute('data-confirm'))) {
                    event.preventDefault();
                }
            });
        });
    }

    function enhanceTabs() {
        var nav = root.querySelector('[data-tabs]');
        if (!nav) {
            return;
        }
        var links = nav.querySelectorAll('[data-tab]');
        function select(link) {
            links.forEach(function (other) {
                other.classList.toggle('active', other === link);
                var pane = root.querySelector(other.getAttribute('href'));
                if (pane) {
                    pane.hidden = other !== link;
                }
            });
        }
        links.forEach(function (link) {
            link.addEventListener('click', function (event) {
                event.preventDefault();
                select(link);
            });
        });
        root.querySelectorAll('[data-tab-pane] > h4').forEach(function (heading) {
            heading.classList.add('sr-only');
        });
        nav.classList.remove('d-none');
        select(links[0]);
    }

    followRadios('data-csr-source-choice', 'data-csr-source');
    followRadios('data-key-source-choice', 'data-key-source');
    enhanceMethods();
    enhanceConfirmations();
    enhanceTabs();
})();
