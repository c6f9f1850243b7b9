// Enhances the newsroom editor (the form works without it): a Markdown toolbar, a live preview rendered
// by the server's own renderer, the edit lock's heartbeat and an autosave through the normal save handler.
(() => {
    "use strict";
    const form = document.getElementById("article-form");
    const body = document.getElementById("body");
    if (!form || !body) {
        return;
    }

    const HEARTBEAT_MS = 20000;
    const AUTOSAVE_MS = 30000;
    const token = () => form.querySelector("input[name=__RequestVerificationToken]").value;
    const post = (url, data) => fetch(url, { method: "POST", body: data, headers: { RequestVerificationToken: token() }, credentials: "same-origin" });

    // Toolbar: each button wraps the selection (or inserts at the caret) with its Markdown.
    const marks = [["Bold", "**", "**"], ["Italic", "_", "_"], ["Link", "[", "](https://)"], ["Heading", "\n## ", ""], ["Quote", "\n> ", ""], ["List", "\n- ", ""]];
    const toolbar = document.createElement("div");
    toolbar.className = "nr-toolbar";
    toolbar.setAttribute("role", "toolbar");
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

    // Heartbeat: keeps the lock; when it is lost, says so and stops autosaving.
    let lockLost = false;
    const lockToken = document.getElementById("lock-token");
    const heartbeat = async () => {
        if (!lockToken.value || lockLost) {
            return;
        }

        const data = new FormData();
        data.set("LockToken", lockToken.value);
        const response = await post(form.dataset.heartbeat, data);
        const lock = response.ok ? await response.json() : null;
        if (lock && lock.holding !== "Yours") {
            lockLost = true;
            const message = document.createElement("p");
            message.className = "nr-error";
            message.id = "lock-lost";
            message.setAttribute("role", "alert");
            message.textContent = lock.holding === "YoursInAnotherTab"
                ? "You took this article over in another tab; this one no longer saves."
                : `${lock.holder} took this article over; your changes here will not be saved.`;
            form.before(message);
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
