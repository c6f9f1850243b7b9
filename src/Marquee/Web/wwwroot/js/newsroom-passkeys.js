// Passkeys on the sign-in and passkeys pages (both work without it, by password): shows the passkey forms only
// where the browser can use them; on submit, asks the form's options handler for WebAuthn options, lets the
// browser and the device make or use the passkey, and posts the answer with the form for the server to check.
(() => {
    "use strict";
    const supported = window.PublicKeyCredential
        && typeof PublicKeyCredential.parseCreationOptionsFromJSON === "function"
        && typeof PublicKeyCredential.parseRequestOptionsFromJSON === "function";
    if (!supported) {
        return;
    }

    for (const note of document.querySelectorAll("[data-passkey-unsupported]")) {
        note.hidden = true;
    }

    const ask = {
        create: options => navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) }),
        get: options => navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) }),
    };

    const ceremony = async form => {
        // The options handler reads the same form: its antiforgery token, and on the passkeys page the name and password.
        const response = await fetch(form.dataset.options, { method: "POST", body: new FormData(form), credentials: "same-origin" });
        const answer = await response.json().catch(() => ({ error: `The server answered ${response.status}. Try again.` }));
        if (!response.ok) {
            throw new Error(answer.error);
        }

        const credential = await ask[form.dataset.passkey](answer);
        form.elements.Credential.value = JSON.stringify(credential); // the browser's toJSON(): base64url fields
        form.submit();
    };

    const explain = error => error.name === "NotAllowedError"
        ? "The passkey request was cancelled or timed out."
        : error.name === "InvalidStateError" ? "This device already holds a passkey for your account." : error.message;

    for (const form of document.querySelectorAll("form[data-passkey]")) {
        const section = form.closest("[data-passkey-section]");
        const message = section.querySelector("[data-passkey-error]");
        section.hidden = false;
        form.addEventListener("submit", async event => {
            event.preventDefault();
            message.hidden = true;
            try {
                await ceremony(form);
            } catch (error) {
                message.textContent = explain(error);
                message.hidden = false;
            }
        });
    }
})();
