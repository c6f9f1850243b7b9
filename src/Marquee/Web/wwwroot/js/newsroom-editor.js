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
    body.before(toolbar);

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

    // A new article has no lock and no autosave: its first save creates it.
    if (!form.dataset.heartbeat) {
        return;
    }

    // The edit lock. This tab's token is in every form on the page and in sessionStorage, which survives a
    // reload of this tab only: a reloaded page is the same tab, not another one holding the article.
    const tabKey = `marquee-edit-lock-${form.dataset.article}`;
    const tokenFields = () => document.querySelectorAll("input[name=LockToken]");
    const heldToken = () => document.getElementById("lock-token").value;
    const lockForm = (token) => {
        const data = new FormData();
        data.set("LockToken", token);
        return data;
    };
    const hold = (token) => {
        for (const field of tokenFields()) {
            field.value = token;
        }

        sessionStorage.setItem(tabKey, token);
    };

    let lockLost = false;
    const lose = (lock) => {
        lockLost = true;
        if (document.querySelector(".nr-error")) {
            return; // the page already says why (a refused save)
        }

        const message = document.createElement("p");
        message.className = "nr-error";
        message.id = "lock-lost";
        message.setAttribute("role", "alert");
        message.textContent = lock.holding === "YoursInAnotherTab"
            ? "You took this article over in another tab; this one no longer saves."
            : `${lock.holder} took this article over; your changes here will not be saved.`;
        form.before(message);
    };

    // Applies the server's answer: the lock is this tab's (under a new token), or whoever has it now.
    const follow = async (response, wasHeld) => {
        const lock = response.ok ? await response.json() : null;
        if (lock?.holding === "Yours") {
            hold(lock.token);
            document.getElementById("lock")?.remove();
        } else if (lock && wasHeld) {
            lose(lock);
        }
    };

    // On every load, this tab takes its lock back under a fresh token: the page may be a posted form's answer
    // or a reload, while the old page's release (below) may still be on its way and must free nothing.
    const reloaded = performance.getEntriesByType("navigation")[0]?.type === "reload";
    const lastToken = heldToken() || (reloaded ? sessionStorage.getItem(tabKey) : null);
    const notice = document.getElementById("lock");
    if (lastToken) {
        if (notice) {
            notice.hidden = true; // the "other tab" is this one before the reload, unless the server says otherwise
        }

        post(form.dataset.reopen, lockForm(lastToken))
            .then((response) => follow(response, heldToken() !== ""))
            .finally(() => {
                if (notice) {
                    notice.hidden = false;
                }
            });
    }

    // Leaving (close, navigation, reload): free the article at once rather than a lock term later.
    window.addEventListener("pagehide", () => {
        if (heldToken() && !lockLost) {
            const data = lockForm(heldToken());
            data.set("__RequestVerificationToken", antiforgery());
            navigator.sendBeacon(form.dataset.release, data);
        }
    });

    // Back from the browser's page cache: the lock was released on leaving, so ask for it again.
    window.addEventListener("pageshow", (event) => {
        if (event.persisted && heldToken() && !lockLost) {
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

    // Autosave: a changed form every 30 s through the save handler; never over a conflict or a lost lock.
    let changed = false;
    let conflicted = document.getElementById("conflict") !== null;
    form.addEventListener("input", () => { changed = true; });
    const autosave = async () => {
        if (!changed || conflicted || lockLost) {
            return;
        }

        changed = false;
        const response = await post(form.action, new FormData(form));
        const page = new DOMParser().parseFromString(await response.text(), "text/html");
        if (response.ok) {
            document.getElementById("version").value = page.getElementById("version").value;
        } else {
            conflicted = true;
            const error = page.querySelector(".nr-error");
            if (error) {
                form.before(document.importNode(error, true));
            }
        }
    };
    setInterval(autosave, AUTOSAVE_MS);
})();
