// The tip line with JavaScript: the tip is sealed here, in the source's browser, to the tip desk's keys (decision 0077,
// the format of decision 0066), so its words and files never reach the server in the clear; then a proof of work
// (decision 0076) and the sealed parts sent without cookies. Any failure before sending falls back to the plain form
// post, which the server seals on arrival as it does without JavaScript.
(function () {
    'use strict';

    const form = document.querySelector('form.tip-form');
    if (!form || !window.marqueeWork || !window.sodium) {
        return;
    }
    const status = form.querySelector('.tip-status');
    const button = form.querySelector('button[type="submit"]');
    const alphabet = 'ABCDEFGHJKMNPQRSTVWXYZ0123456789';
    const chunkSize = 64 * 1024;

    function concat(...parts) {
        const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
        parts.reduce((offset, part) => {
            joined.set(part, offset);
            return offset + part.length;
        }, 0);
        return joined;
    }

    function lengthOf(bytes) {
        const prefix = new Uint8Array(4);
        new DataView(prefix.buffer).setInt32(0, bytes.length, true);
        return prefix;
    }

    // 20 symbols of 5 random bits each, in groups of four: what ReceiptCodes.New makes on the server.
    function newReceipt(sodium) {
        const symbols = Array.from(sodium.randombytes_buf(20), (byte) => alphabet[byte & 31]).join('');
        return symbols.match(/.{4}/g).join('-');
    }

    function receiptHash(sodium, code) {
        const canonical = code.toUpperCase().replace(/[^A-Z0-9]/g, '');
        return sodium.to_hex(sodium.crypto_generichash(32, sodium.from_string(canonical)));
    }

    // Nonce then XChaCha20-Poly1305 ciphertext, as SealedBox.Seal writes it.
    function sealBox(sodium, plaintext, key, context) {
        const nonce = sodium.randombytes_buf(sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
        return concat(nonce, sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, context, null, nonce, key));
    }

    // The content key for one tip editor, as ContentKeyWrap.Wrap does it: an ephemeral X25519 key, BLAKE2b of the
    // shared secret and both public keys, XChaCha20-Poly1305 over the content key.
    function wrapKey(sodium, key, recipient, context) {
        const ephemeral = sodium.crypto_kx_keypair();
        const secret = sodium.crypto_scalarmult(ephemeral.privateKey, recipient);
        const shared = sodium.crypto_generichash(32, concat(secret, ephemeral.publicKey, recipient));
        const wrapped = concat(ephemeral.publicKey, sealBox(sodium, key, shared, context));
        [ephemeral.privateKey, secret, shared].forEach((bytes) => sodium.memzero(bytes));
        return sodium.to_base64(wrapped, sodium.base64_variants.ORIGINAL);
    }

    // libsodium's secretstream in 64 KiB chunks, each written as its length and ciphertext, the first holding the
    // file's name and type, the last empty and marked final: what SealedStream writes.
    async function sealFile(sodium, file, key) {
        const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
        const parts = [header];
        const push = (bytes, tag) => {
            const sealed = sodium.crypto_secretstream_xchacha20poly1305_push(state, bytes, null, tag);
            parts.push(lengthOf(sealed), sealed);
        };
        const described = JSON.stringify({ Name: file.name, ContentType: file.type || 'application/octet-stream' });
        push(sodium.from_string(described), sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        for (let offset = 0; offset < file.size; offset += chunkSize) {
            const chunk = new Uint8Array(await file.slice(offset, offset + chunkSize).arrayBuffer());
            push(chunk, sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        }
        push(new Uint8Array(0), sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL);
        return new Blob(parts, { type: 'application/octet-stream' });
    }

    async function sealedForm(sodium, keys) {
        const receipt = newReceipt(sodium);
        const hash = receiptHash(sodium, receipt);
        const context = sodium.from_string(hash);
        const key = sodium.crypto_secretstream_xchacha20poly1305_keygen();
        const text = JSON.stringify({ Message: form.elements.Message.value.trim(), Contact: form.elements.Contact.value.trim() });
        const sealed = new FormData();
        sealed.append('ReceiptHash', hash);
        sealed.append('Receipt', form.elements.Receipt.value);
        sealed.append('SealedMessage', new Blob([sealBox(sodium, sodium.from_string(text), key, context)]), 'message');
        keys.forEach((k) => sealed.append('Wrap', k.id + ':' + wrapKey(sodium, key, sodium.from_base64(k.publicKey, sodium.base64_variants.ORIGINAL), context)));
        for (const file of form.elements.Files.files) {
            sealed.append('SealedFile', await sealFile(sodium, file, key), 'sealed');
        }
        sodium.memzero(key);
        return { sealed, receipt };
    }

    function showAnswer(html, receipt) {
        const answer = new DOMParser().parseFromString(html, 'text/html');
        if (answer.querySelector('.tip-receipt')) {
            document.querySelector('main').replaceChildren(...answer.querySelector('main').childNodes);
            document.getElementById('receipt-code').textContent = receipt;
            document.getElementById('receipt-heading').focus();
            return;
        }
        const error = answer.querySelector('.tip-error');
        status.textContent = error ? error.textContent : 'The tip could not be sent: please try again.';
        button.disabled = false;
    }

    async function prepare() {
        const sodium = window.sodium;
        await sodium.ready;
        const keys = await (await fetch('/tips/keys', { credentials: 'omit', cache: 'no-store' })).json();
        if (keys.length === 0) {
            throw new Error('no tip keys');
        }
        const proof = await window.marqueeWork.solve('/tips/work');
        return { proof, ...(await sealedForm(sodium, keys)) };
    }

    async function send() {
        let prepared;
        try {
            prepared = await prepare();
        } catch {
            form.submit();
            return;
        }
        status.textContent = 'Sending your tip…';
        const response = await fetch('/tips?handler=Sealed', {
            method: 'POST',
            body: prepared.sealed,
            headers: { 'Marquee-Work': prepared.proof },
            credentials: 'omit',
        });
        showAnswer(await response.text(), prepared.receipt);
    }

    form.addEventListener('submit', (event) => {
        event.preventDefault();
        button.disabled = true;
        status.textContent = 'Sealing your tip on this device…';
        send().catch(() => {
            status.textContent = 'The tip could not be sent: check your connection and try again.';
            button.disabled = false;
        });
    });
})();
