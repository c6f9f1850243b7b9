// Proof of work for forms that floods target (decision 0076): SHA-256 of "challenge:nonce" with the asked leading zero bits.
(function () {
    'use strict';

    const encoder = new TextEncoder();
    const batch = 256;

    function leadingZeroBits(hash) {
        let bits = 0;
        for (const byte of new Uint8Array(hash)) {
            if (byte !== 0) {
                return bits + Math.clz32(byte) - 24;
            }
            bits += 8;
        }
        return bits;
    }

    function attempt(challenge, nonce) {
        return crypto.subtle.digest('SHA-256', encoder.encode(challenge + ':' + nonce)).then((hash) => ({ nonce, hash }));
    }

    // Resolves to the proof a form sends in the Marquee-Work header; asks the challenge without cookies.
    async function solve(url) {
        const response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
        if (!response.ok) {
            throw new Error('no challenge from ' + url);
        }
        const { challenge, bits } = await response.json();
        for (let start = 0; ; start += batch) {
            const tries = [];
            for (let nonce = start; nonce < start + batch; nonce++) {
                tries.push(attempt(challenge, nonce));
            }
            const found = (await Promise.all(tries)).find((t) => leadingZeroBits(t.hash) >= bits);
            if (found) {
                return challenge + ':' + found.nonce;
            }
        }
    }

    window.marqueeWork = { solve };
})();
