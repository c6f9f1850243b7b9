// Enhances the newsroom's photo pages (each works without it): uploads one request per file with progress,
// from the file input, drag-and-drop or the clipboard; the focal point chosen by clicking the photo; and
// pickers in the article editor (the feature photo, the toolbar's Photo button) that search the media library page itself.
(() => {
    "use strict";
    const tokenIn = (form) => form.querySelector("input[name=__RequestVerificationToken]").value;

    const element = (tag, className, text) => {
        const made = document.createElement(tag);
        if (className) {
            made.className = className;
        }
        if (text !== undefined) {
            made.textContent = text;
        }
        return made;
    };

    // Upload: every file is its own request to the File handler, so each shows its progress and its own refusal.
    const uploadForm = document.getElementById("upload-form");
    if (uploadForm) {
        const input = document.getElementById("upload-files");
        const results = document.getElementById("upload-results");
        const zone = document.getElementById("drop-zone");

        const upload = (file) => {
            const row = element("li", "nr-upload");
            row.dataset.outcome = "uploading";
            const progress = element("progress");
            progress.max = 100;
            progress.value = 0;
            row.append(element("span", "nr-upload-file", file.name || "pasted image"), progress);
            results.append(row);

            const data = new FormData();
            data.append("files", file, file.name || "pasted-image.png");
            const request = new XMLHttpRequest();
            request.open("POST", uploadForm.dataset.fileHandler);
            request.setRequestHeader("RequestVerificationToken", tokenIn(uploadForm));
            request.upload.addEventListener("progress", (event) => {
                if (event.lengthComputable) {
                    progress.value = Math.round((event.loaded / event.total) * 100);
                }
            });
            request.addEventListener("loadend", () => {
                progress.remove();
                let outcome = null;
                try {
                    outcome = JSON.parse(request.responseText);
                } catch {
                    outcome = { refusal: `${file.name}: the server answered ${request.status}` };
                }
                if (outcome.editUrl) {
                    const link = element("a", "nr-upload-edit", `Edit photo ${outcome.photoId}`);
                    link.href = outcome.editUrl;
                    row.append(link);
                    row.dataset.outcome = "stored";
                } else {
                    row.append(element("span", "nr-upload-refusal nr-error", outcome.refusal || `${file.name}: not uploaded`));
                    row.dataset.outcome = "refused";
                }
            });
            request.send(data);
        };

        const uploadAll = (files) => {
            for (const file of files) {
                upload(file);
            }
        };

        uploadForm.addEventListener("submit", (event) => {
            event.preventDefault();
            uploadAll(input.files);
            input.value = "";
        });
        input.addEventListener("change", () => {
            uploadAll(input.files);
            input.value = "";
        });

        zone.hidden = false;
        for (const name of ["dragenter", "dragover"]) {
            document.addEventListener(name, (event) => {
                event.preventDefault();
                zone.classList.add("nr-drop-active");
            });
        }
        document.addEventListener("dragleave", () => zone.classList.remove("nr-drop-active"));
        document.addEventListener("drop", (event) => {
            event.preventDefault();
            zone.classList.remove("nr-drop-active");
            uploadAll(event.dataTransfer.files);
        });
        document.addEventListener("paste", (event) => {
            const files = [...event.clipboardData.files];
            if (files.length > 0) {
                event.preventDefault();
                uploadAll(files);
            }
        });
    }

    // Focal point: a click on the photo sets the two fractions the form posts, and the mark shows where.
    const focal = document.getElementById("focal");
    if (focal) {
        const image = document.getElementById("focal-image");
        const mark = document.getElementById("focal-mark");
        const x = document.getElementById("focal-x");
        const y = document.getElementById("focal-y");
        const place = () => {
            mark.style.left = `${Number(x.value) * 100}%`;
            mark.style.top = `${Number(y.value) * 100}%`;
            mark.hidden = false;
        };
        image.addEventListener("click", (event) => {
            const box = image.getBoundingClientRect();
            x.value = ((event.clientX - box.left) / box.width).toFixed(3);
            y.value = ((event.clientY - box.top) / box.height).toFixed(3);
            place();
        });
        x.addEventListener("input", place);
        y.addEventListener("input", place);
        place();
    }

    // Picker: searches the media library page (the same query the page takes) and shows its thumbnails to choose from.
    // Returns the panel (hidden) and a toggle; a chosen photo's number goes to onPick.
    const picker = (library, idPrefix, onPick) => {
        const panel = element("div", "nr-picker");
        panel.hidden = true;
        const search = element("input");
        search.type = "search";
        search.id = `${idPrefix}-search`;
        search.placeholder = "caption, credit or keyword";
        search.setAttribute("aria-label", "Search the media library");
        const found = element("ul", "nr-picker-results");
        found.id = `${idPrefix}-results`;
        panel.append(search, found);

        const show = async () => {
            const response = await fetch(`${library}?q=${encodeURIComponent(search.value)}`, { credentials: "same-origin" });
            const page = new DOMParser().parseFromString(await response.text(), "text/html");
            found.replaceChildren();
            for (const photo of page.querySelectorAll(".nr-photo")) {
                const item = element("li");
                const pick = element("button", "nr-picker-photo");
                pick.type = "button";
                pick.dataset.photoId = photo.dataset.photoId;
                const thumbnail = element("img");
                thumbnail.src = photo.dataset.thumbnail;
                thumbnail.alt = "";
                thumbnail.width = 96;
                thumbnail.height = 96;
                pick.append(thumbnail, element("span", "", `${photo.dataset.photoId}: ${photo.dataset.caption || "no caption"} (${photo.dataset.credit || "no credit"})`));
                pick.addEventListener("click", () => {
                    onPick(photo.dataset.photoId);
                    panel.hidden = true;
                });
                item.append(pick);
                found.append(item);
            }
        };

        let searchTimer = 0;
        search.addEventListener("input", () => {
            clearTimeout(searchTimer);
            searchTimer = setTimeout(show, 300);
        });
        const toggle = () => {
            panel.hidden = !panel.hidden;
            if (!panel.hidden) {
                show();
                search.focus();
            }
        };
        return { panel, toggle };
    };

    // The feature photo: its number goes into the field.
    const photoId = document.getElementById("feature-photo-id");
    if (photoId) {
        const choice = document.getElementById("feature-photo");
        const { panel, toggle } = picker(choice.dataset.library, "picker", (id) => {
            photoId.value = id;
            photoId.dispatchEvent(new Event("input", { bubbles: true })); // a changed form: autosave and workflow steps save it
        });
        const open = element("button", "nr-picker-open", "Choose from the library");
        open.type = "button";
        open.id = "picker-open";
        open.addEventListener("click", toggle);
        choice.append(open, panel);
    }

    // An inline photo: the Markdown toolbar (made by newsroom-editor.js, which runs after this script) gets a Photo button
    // whose picker puts a {{photo N}} line of its own at the caret.
    const body = document.getElementById("body");
    if (body?.dataset.library) {
        document.addEventListener("DOMContentLoaded", () => {
            const toolbar = document.querySelector(".nr-toolbar");
            if (!toolbar) {
                return;
            }

            const { panel, toggle } = picker(body.dataset.library, "body-picker", (id) => {
                const { selectionStart: start, selectionEnd: end, value } = body;
                const line = `{{photo ${id}}}`;
                const before = value.slice(0, start).trimEnd();
                const inserted = `${before ? "\n\n" : ""}${line}\n\n`;
                body.value = before + inserted + value.slice(end).trimStart();
                body.focus();
                body.setSelectionRange(before.length + inserted.length, before.length + inserted.length);
                body.dispatchEvent(new Event("input", { bubbles: true }));
            });
            panel.id = "body-picker";
            const open = element("button", "", "Photo");
            open.type = "button";
            open.dataset.markdown = "photo";
            open.setAttribute("aria-controls", panel.id);
            open.addEventListener("click", toggle);
            toolbar.append(open);
            body.closest("label").after(panel);
        });
    }
})();
