/**
 * A tiny DER encoder: just the ASN.1 types a PKCS#10 certificate request needs.
 * Every function returns a Uint8Array holding one complete TLV.
 */
(function (global) {
    'use strict';

    function concat(parts) {
        var length = parts.reduce(function (sum, part) { return sum + part.length; }, 0);
        var out = new Uint8Array(length);
        var offset = 0;
        parts.forEach(function (part) {
            out.set(part, offset);
            offset += part.length;
        });
        return out;
    }

    function encodeLength(length) {
        if (length < 0x80) {
            return new Uint8Array([length]);
        }
        var bytes = [];
        while (length > 0) {
            bytes.unshift(length & 0xff);
            length = Math.floor(length / 256);
        }
        return new Uint8Array([0x80 | bytes.length].concat(bytes));
    }

    function tlv(tag, content) {
        return concat([new Uint8Array([tag]), encodeLength(content.length), content]);
    }

    var utf8 = new TextEncoder();

    var Asn1 = {
        concat: concat,

        sequence: function (items) { return tlv(0x30, concat(items)); },

        set: function (items) { return tlv(0x31, concat(items)); },

        /** A small non-negative integer (the CSR version). */
        smallInteger: function (value) { return tlv(0x02, new Uint8Array([value])); },

        /** A non-negative integer from its unsigned big-endian bytes (ECDSA r and s). */
        unsignedInteger: function (bytes) {
            var start = 0;
            while (start < bytes.length - 1 && bytes[start] === 0) {
                start++;
            }
            var trimmed = bytes.slice(start);
            // A set high bit would read as negative: DER then needs a leading zero byte.
            return tlv(0x02, trimmed[0] & 0x80 ? concat([new Uint8Array([0]), trimmed]) : trimmed);
        },

        oid: function (dotted) {
            var arcs = dotted.split('.').map(Number);
            var bytes = [arcs[0] * 40 + arcs[1]];
            arcs.slice(2).forEach(function (arc) {
                var chunk = [arc & 0x7f];
                arc = Math.floor(arc / 128);
                while (arc > 0) {
                    chunk.unshift((arc & 0x7f) | 0x80);
                    arc = Math.floor(arc / 128);
                }
                bytes = bytes.concat(chunk);
            });
            return tlv(0x06, new Uint8Array(bytes));
        },

        nullValue: function () { return new Uint8Array([0x05, 0x00]); },

        utf8String: function (text) { return tlv(0x0c, utf8.encode(text)); },

        printableString: function (text) { return tlv(0x13, utf8.encode(text)); },

        octetString: function (bytes) { return tlv(0x04, bytes); },

        /** A BIT STRING with no unused bits. */
        bitString: function (bytes) { return tlv(0x03, concat([new Uint8Array([0]), bytes])); },

        /** [n] IMPLICIT, constructed (the CSR's attributes). */
        contextConstructed: function (number, content) { return tlv(0xa0 | number, content); },

        /** [n] IMPLICIT, primitive (GeneralName choices). */
        contextPrimitive: function (number, bytes) { return tlv(0x80 | number, bytes); }
    };

    global.TrustOceanAsn1 = Asn1;
})(typeof window !== 'undefined' ? window : globalThis);
