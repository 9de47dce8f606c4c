/**
 * Builds a PKCS#10 certificate request and its key pair with WebCrypto: RSASSA-PKCS1-v1_5 2048
 * or ECDSA P-256, signed with SHA-256, the common name repeated as the subjectAltName.
 * No DOM: the page glue is csr-generator.js.
 */
(function (global) {
    'use strict';

    var Asn1 = global.TrustOceanAsn1;

    var SUBJECT_ORDER = [
        ['C', '2.5.4.6'],
        ['ST', '2.5.4.8'],
        ['L', '2.5.4.7'],
        ['O', '2.5.4.10'],
        ['OU', '2.5.4.11'],
        ['CN', '2.5.4.3']
    ];

    var ALGORITHMS = {
        'rsa2048': {
            generate: { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
            sign: { name: 'RSASSA-PKCS1-v1_5' },
            // sha256WithRSAEncryption, with the NULL parameters RFC 4055 asks for.
            identifier: function () { return Asn1.sequence([Asn1.oid('1.2.840.113549.1.1.11'), Asn1.nullValue()]); },
            signature: function (raw) { return raw; }
        },
        'ecdsa-p256': {
            generate: { name: 'ECDSA', namedCurve: 'P-256' },
            sign: { name: 'ECDSA', hash: 'SHA-256' },
            // ecdsa-with-SHA256, without parameters (RFC 5758).
            identifier: function () { return Asn1.sequence([Asn1.oid('1.2.840.10045.4.3.2')]); },
            // WebCrypto gives r || s; X.509 wants SEQUENCE { INTEGER r, INTEGER s }.
            signature: function (raw) {
                var half = raw.length / 2;
                return Asn1.sequence([Asn1.unsignedInteger(raw.slice(0, half)), Asn1.unsignedInteger(raw.slice(half))]);
            }
        }
    };

    function subjectName(subject) {
        return Asn1.sequence(SUBJECT_ORDER.filter(function (entry) {
            return subject[entry[0]];
        }).map(function (entry) {
            // The country must be a PrintableString (RFC 5280); the rest UTF8String.
            var value = entry[0] === 'C' ? Asn1.printableString(subject.C) : Asn1.utf8String(subject[entry[0]]);
            return Asn1.set([Asn1.sequence([Asn1.oid(entry[1]), value])]);
        }));
    }

    /** The extensionRequest attribute naming the common name as the subjectAltName. */
    function sanAttribute(commonName) {
        var ipv4 = /^\d{1,3}(\.\d{1,3}){3}$/.test(commonName);
        var name = ipv4
            ? Asn1.contextPrimitive(7, new Uint8Array(commonName.split('.').map(Number)))
            : Asn1.contextPrimitive(2, new TextEncoder().encode(commonName));
        var extension = Asn1.sequence([Asn1.oid('2.5.29.17'), Asn1.octetString(Asn1.sequence([name]))]);
        return Asn1.sequence([Asn1.oid('1.2.840.113549.1.9.14'), Asn1.set([Asn1.sequence([extension])])]);
    }

    function pem(label, bytes) {
        var binary = '';
        bytes.forEach(function (byte) { binary += String.fromCharCode(byte); });
        var lines = global.btoa(binary).match(/.{1,64}/g) || [];
        return '-----BEGIN ' + label + '-----\n' + lines.join('\n') + '\n-----END ' + label + '-----\n';
    }

    /**
     * @param {Object} subject    CN (required), O, OU, L, ST, C
     * @param {string} keyType    'rsa2048' or 'ecdsa-p256'
     * @param {SubtleCrypto} subtle
     * @return {Promise<{csr: string, privateKey: string}>} PEM texts
     */
    function create(subject, keyType, subtle) {
        var algorithm = ALGORITHMS[keyType] || ALGORITHMS.rsa2048;
        var keys;
        return subtle.generateKey(algorithm.generate, true, ['sign', 'verify']).then(function (pair) {
            keys = pair;
            return subtle.exportKey('spki', pair.publicKey);
        }).then(function (spki) {
            var info = Asn1.sequence([
                Asn1.smallInteger(0),
                subjectName(subject),
                new Uint8Array(spki),
                Asn1.contextConstructed(0, sanAttribute(subject.CN))
            ]);
            return subtle.sign(algorithm.sign, keys.privateKey, info).then(function (signature) {
                return Asn1.sequence([info, algorithm.identifier(), Asn1.bitString(algorithm.signature(new Uint8Array(signature)))]);
            });
        }).then(function (csr) {
            return subtle.exportKey('pkcs8', keys.privateKey).then(function (pkcs8) {
                return { csr: pem('CERTIFICATE REQUEST', csr), privateKey: pem('PRIVATE KEY', new Uint8Array(pkcs8)) };
            });
        });
    }

    global.TrustOceanPkcs10 = { create: create };
})(typeof window !== 'undefined' ? window : globalThis);
