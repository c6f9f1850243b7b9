// Passkeys for staff (newsroom sign-in and passkeys pages) and readers (/account); every such page works without it,
// by password or mailed code. Shows the passkey forms only where the browser can use them; on submit, asks the
// form's options handler for WebAuthn options, lets the browser and the device make or use the passkey, and posts
// the answer with the form for the server to check. A sign-in form also offers the person's passkeys in the page's
// autofill (the field marked autocomplete="… webauthn").
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

    // The options handler reads the same form: its antiforgery token, and on the passkeys page the name and password.
    const optionsFor = async (form, signal) => {
        const response = await fetch(form.dataset.options, { method: "POST", body: new FormData(form), credentials: "same-origin", signal });
        const answer = await response.json().catch(() => ({ error: `The server answered ${response.status}. Try again.` }));
        if (!response.ok) {
            throw new Error(answer.error);
        }

        return answer;
    };

    const ask = {
        create: async form => navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(await optionsFor(form)) }),
        get: async form => navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(await optionsFor(form)) }),
    };

    const post = (form, credential) => {
        form.elements.Credential.value = JSON.stringify(credential); // the browser's toJSON(): base64url fields
        form.submit();
    };

    // Passkey autofill (WebAuthn's conditional mediation): a request that waits, without any prompt, until the person
    // picks a passkey among the email field's suggestions, then signs in through the same form as the button. The
    // form's data-autofill says how far it got (offered, unavailable, ended).
    let autofill = null;
    const offerInAutofill = form => {
        const controller = new AbortController();
        const request = (async () => {
            if (!await PublicKeyCredential.isConditionalMediationAvailable?.()) {
                form.dataset.autofill = "unavailable";
                return null;
            }

            const publicKey = PublicKeyCredential.parseRequestOptionsFromJSON(await optionsFor(form, controller.signal));
            const picked = navigator.credentials.get({ mediation: "conditional", publicKey, signal: controller.signal });
            form.dataset.autofill = "offered";
            return await picked;
        })().catch(() => {
            form.dataset.autofill = "ended"; // aborted for the button, or refused: the button and the password remain
            return null;
        });
        autofill = { controller, ended: request };
        request.then(credential => credential && post(form, credential));
    };

    // WebAuthn allows one request at a time: the button's waits until the autofill's has ended.
    const stopAutofill = async () => {
        autofill?.controller.abort();
        await autofill?.ended;
    };

    const explain = error => error.name === "NotAllowedError"
        ? "The passkey request was cancelled or timed out."
        : error.name === "InvalidStateError" ? "This device already holds a passkey for your account." : error.message;

    for (const form of document.querySelectorAll("form[data-passkey]")) {
        const section = form.closest("[data-passkey-section]");
        const message = section.querySelector("[data-passkey-error]");
        const signsIn = form.dataset.passkey === "get";
        section.hidden = false;
        form.addEventListener("submit", async event => {
            event.preventDefault();
            message.hidden = true;
            try {
                if (signsIn) {
                    await stopAutofill();
                }

                post(form, await ask[form.dataset.passkey](form));
            } catch (error) {
                message.textContent = explain(error);
                message.hidden = false;
                if (signsIn) {
                    offerInAutofill(form);
                }
            }
        });
        if (signsIn) {
            offerInAutofill(form);
        }
    }
})();
