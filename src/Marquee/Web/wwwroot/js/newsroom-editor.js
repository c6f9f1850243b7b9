// Enhances the newsroom's article forms (they work without it): a Markdown toolbar and a live preview rendered
// by the server's own renderer; in the editor also the edit lock (heartbeat, release when the tab closes or
// leaves, the same lock again after a reload) and an autosave through the normal save handler.
(() => {
    "use strict";
    const form = document.getElementById("article-form");
    const body = document.getElementById("body");
    if (!form || !body) {
        return;
    }

    const HEARTBEAT_MS = 20000;
    const AUTOSAVE_MS = 30000;
    const antiforgery = () => form.querySelector("input[name=__RequestVerificationToken]").value;
    const post = (url, data) => fetch(url, { method: "POST", body: data, headers: { RequestVerificationToken: antiforgery() }, credentials: "same-origin" });

    // Toolbar: each button wraps the selection (or inserts at the caret) with its Markdown.
    const marks = [["Bold", "**", "**"], ["Italic", "_", "_"], ["Link", "[", "](https://)"], ["Heading", "\n## ", ""], ["Quote", "\n> ", ""], ["List", "\n- ", ""]];
    const toolbar = document.createElement("div");
    toolbar.className = "nr-toolbar";
    toolbar.setAttribute("role", "toolbar");
    toolbar.setAttribute("aria-label", "Markdown");
    for (const [label, before, after] of marks) {
        const button = document.createElement("button");
        button.type = "button";
        button.textContent = label;
        button.dataset.markdown = label.toLowerCase();
        button.addEventListener("click", () => {
            const { selectionStart: start, selectionEnd: end, value } = body;
            body.value = value.slice(0, start) + before + value.slice(start, end) + after + value.slice(end);
            body.focus();
            body.setSelectionRange(start + before.length, end + before.length);
            body.dispatchEvent(new Event("input", { bubbles: true }));
        });
        toolbar.append(button);
    }
    body.before(toolbar); // inside the body's label, which names the textarea by its for attribute, not the buttons

    // Live preview, at most once a second while typing.
    const preview = document.getElementById("preview");
    const previewBody = document.getElementById("preview-body");
    let previewTimer = 0;
    const renderPreview = async () => {
        const data = new FormData();
        data.set("Body", body.value);
        const response = await post(form.dataset.render, data);
        if (response.ok) {
            previewBody.innerHTML = await response.text(); // sanitised by the server's BodyRenderer
            preview.hidden = false;
        }
    };
    body.addEventListener("input", () => {
        clearTimeout(previewTimer);
        previewTimer = setTimeout(renderPreview, 1000);
    });
    if (body.value.trim()) {
        renderPreview(); // beside the text from the start, not only once typing begins
    }

    // Words and reading time under the text, counted as the server counts them (ReadingLength).
    const wordCount = document.getElementById("word-count");
    const WORDS_PER_MINUTE = 230;
    body.addEventListener("input", () => {
        const words = (body.value.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
        wordCount.textContent = `${words} ${words === 1 ? "word" : "words"} · ${Math.max(1, Math.ceil(words / WORDS_PER_MINUTE))} min read`;
    });

    // The publish step the server answered with (checklist and confirm button): where the keyboard goes next.
    document.getElementById("publish-step")?.focus();

    // A new article has no lock and no autosave (its first save creates it), nor has one this person may only read.
    if (!form.dataset.heartbeat) {
        return;
    }

    // The edit lock. This tab's token is in every form on the page. When the page goes, the token is left in
    // sessionStorage, which only this tab's next page reads (once): a reload is the same tab, not another one.
    const tabKey = `marquee-edit-lock-${form.dataset.article}`;
    const heldToken = () => document.getElementById("lock-token").value;
    const lockForm = (token) => {
        const data = new FormData();
        data.set("LockToken", token);
        return data;
    };
    const hold = (token) => {
        for (const field of document.querySelectorAll("input[name=LockToken]")) {
            field.value = token;
        }
    };

    let lockLost = form.dataset.lockLost === "true"; // the server refused this tab's save: it already says why
    const lose = (lock) => {
        lockLost = true;

        const message = document.createElement("p");
        message.className = "nr-error";
        message.id = "lock-lost";
        message.setAttribute("role", "alert");
        message.textContent = lock.holding === "YoursInAnotherTab"
            ? "You took this article over in another tab; this one no longer saves."
            : lock.holding === "ReadOnly"
            ? "You may no longer edit this article; your changes here will not be saved."
            : `${lock.holder} took this article over; your changes here will not be saved.`;
        form.before(message);
    };

    // Applies the server's answer: the lock is this tab's (its token may be new), or whoever has it now.
    const follow = async (response, wasHeld) => {
        const lock = response.ok ? await response.json() : null;
        if (lock?.holding === "Yours") {
            hold(lock.token);
            document.getElementById("lock")?.remove();
        } else if (lock && wasHeld) {
            lose(lock);
        }
    };

    // A reload reaches the server before the old page's release: the page then says "open in another tab",
    // though that tab was this one. The lock under this tab's last token is reopened (under a new token, so
    // the release, arriving late, frees nothing); a real other tab keeps its lock and the notice stays.
    // newsroom-lock-reload.js hid the notice before it was drawn; it shows again only if it is still true.
    const lastToken = sessionStorage.getItem(tabKey);
    sessionStorage.removeItem(tabKey);
    const reopened = document.getElementById("lock") && lastToken && !heldToken()
        ? post(form.dataset.reopen, lockForm(lastToken)).then((response) => follow(response, false))
        : Promise.resolve();
    reopened.finally(() => { delete document.documentElement.dataset.lockReopening; });

    // Leaving (close, navigation, reload): free the article at once rather than a lock term later. Not when
    // this page posts one of its own forms: the answer is this tab's editor again, with the same lock.
    let postingHere = false;
    document.addEventListener("submit", (event) => {
        const target = event.target;
        postingHere = target.method === "post" && new URL(target.action).pathname === location.pathname;
    });
    window.addEventListener("pagehide", () => {
        if (!heldToken() || lockLost) {
            return;
        }

        sessionStorage.setItem(tabKey, heldToken());
        if (!postingHere) {
            const data = lockForm(heldToken());
            data.set("__RequestVerificationToken", antiforgery());
            navigator.sendBeacon(form.dataset.release, data);
        }
    });

    // Back from the browser's page cache: the lock was released on leaving, so ask for it again.
    window.addEventListener("pageshow", (event) => {
        postingHere = false;
        if (event.persisted && heldToken() && !lockLost) {
            sessionStorage.removeItem(tabKey);
            post(form.dataset.reopen, lockForm(heldToken())).then((response) => follow(response, true));
        }
    });

    // Heartbeat: keeps the lock; when it is lost, says so and stops autosaving.
    const heartbeat = async () => {
        if (heldToken() && !lockLost) {
            await follow(await post(form.dataset.heartbeat, lockForm(heldToken())), true);
        }
    };
    setInterval(heartbeat, HEARTBEAT_MS);

    // Saving in the background (autosave, and before a workflow step) through the save handler: one at a time,
    // and every form on the page moves on to the new version. False when the server refused (it says why).
    let changed = false;
    let conflicted = document.getElementById("conflict") !== null;
    form.addEventListener("input", () => { changed = true; });
    const save = async () => {
        changed = false;
        const response = await post(form.action, new FormData(form));
        const page = new DOMParser().parseFromString(await response.text(), "text/html");
        if (response.ok) {
            for (const field of document.querySelectorAll("input[name=Version]")) {
                field.value = page.getElementById("version").value;
            }

            return true;
        }

        conflicted = true;
        const error = page.querySelector(".nr-error");
        if (error) {
            form.before(document.importNode(error, true));
        }

        return false;
    };
    let saving = null;
    const saveOnce = () => saving ??= save().finally(() => { saving = null; });

    // Autosave: a changed form every 30 s; never over a conflict or a lost lock, and only once the tags being created
    // on the fly are chips (a failed one is not saved without: the picker says why).
    const pickersSettled = async () => await form.pickersSettled?.() ?? true;
    setInterval(async () => {
        if (changed && !conflicted && !lockLost && await pickersSettled()) {
            await saveOnce();
        }
    }, AUTOSAVE_MS);

    // A workflow step (publish, schedule, submit, preview link …) acts on the saved article: what was typed since
    // is saved first, and a refused save stops the step. Without this script the Workflow card says to save first.
    // After a conflict or a lost lock the step goes as it is, for the server to say why it cannot.
    let stepping = false;
    for (const step of document.querySelectorAll("#workflow form, #publish-step form")) {
        step.addEventListener("submit", async (event) => {
            if (stepping) {
                event.preventDefault(); // a second click while the first waits for its save
                return;
            }

            if ((!changed && !saving) || conflicted || lockLost) {
                return;
            }

            event.preventDefault();
            stepping = true;
            const saved = changed ? await pickersSettled() && await saveOnce() : await saving;
            stepping = false;
            if (saved) {
                step.requestSubmit(event.submitter);
            }
        });
    }
})();
