// Enhances the newsroom's photo pages (each works without it): uploads one request per file with progress,
// from the file input, drag-and-drop or the clipboard; the focal point chosen by clicking the photo; and in the
// article editor and the live desk picker dialogs (the feature or entry photo, the toolbar's Photo button) that search the media library page itself,
// and images dropped on or pasted into the body or the gallery, uploaded and credited in place.
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

    // Sends one file to the upload page's File handler, reporting its progress in percent; resolves to the
    // outcome ({ photoId, editUrl, caption, altText, credit } or { refusal }).
    const send = (file, url, token, onProgress) => new Promise((resolve) => {
        const data = new FormData();
        data.append("files", file, file.name || "pasted-image.png");
        const request = new XMLHttpRequest();
        request.open("POST", url);
        request.setRequestHeader("RequestVerificationToken", token);
        request.upload.addEventListener("progress", (event) => {
            if (event.lengthComputable) {
                onProgress(Math.round((event.loaded / event.total) * 100));
            }
        });
        request.addEventListener("loadend", () => {
            try {
                resolve(JSON.parse(request.responseText));
            } catch {
                resolve({ refusal: `${file.name || "pasted image"}: the server answered ${request.status}` });
            }
        });
        request.send(data);
    });

    // Upload: every file is its own request to the File handler, so each shows its progress and its own refusal.
    const uploadForm = document.getElementById("upload-form");
    if (uploadForm) {
        const input = document.getElementById("upload-files");
        const results = document.getElementById("upload-results");
        const zone = document.getElementById("drop-zone");

        const upload = async (file) => {
            const row = element("li", "nr-upload");
            row.dataset.outcome = "uploading";
            const progress = element("progress");
            progress.max = 100;
            progress.value = 0;
            row.append(element("span", "nr-upload-file", file.name || "pasted image"), progress);
            results.append(row);

            const outcome = await send(file, uploadForm.dataset.fileHandler, tokenIn(uploadForm), (percent) => { progress.value = percent; });
            progress.remove();
            if (outcome.editUrl) {
                const link = element("a", "nr-upload-edit", `Edit photo ${outcome.photoId}`);
                link.href = outcome.editUrl;
                row.append(link);
                row.dataset.outcome = "stored";
            } else {
                row.append(element("span", "nr-upload-refusal nr-error", outcome.refusal || `${file.name}: not uploaded`));
                row.dataset.outcome = "refused";
            }
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

    // Picker: a dialog over the editor that searches the media library page (the same query the page takes) and
    // shows its thumbnails, loading the next page as the list scrolls to its end. A chosen photo's number goes to onPick.
    const picker = (library, idPrefix, title, onPick) => {
        const dialog = element("dialog", "nr-dialog nr-library-picker");
        dialog.id = idPrefix;
        dialog.setAttribute("aria-labelledby", `${idPrefix}-title`);
        const heading = element("h2", "", title);
        heading.id = `${idPrefix}-title`;
        const search = element("input");
        search.type = "search";
        search.id = `${idPrefix}-search`;
        search.placeholder = "caption, credit or keyword";
        search.setAttribute("aria-label", "Search the media library");
        const found = element("ul", "nr-picker-results");
        found.id = `${idPrefix}-results`;
        const more = element("p", "nr-hint nr-picker-more");
        more.setAttribute("aria-live", "polite");
        const close = element("form");
        close.method = "dialog";
        close.append(element("button", "nr-secondary", "Close"));
        dialog.append(heading, search, found, more, close);
        document.body.append(dialog);

        let next = null;
        let asked = 0; // each search's answer replaces the last only if no newer search was asked meanwhile
        const item = (photo) => {
            const pick = element("button", "nr-picker-photo");
            pick.type = "button";
            pick.dataset.photoId = photo.dataset.photoId;
            if (photo.dataset.thumbnail) {
                const thumbnail = element("img");
                thumbnail.src = photo.dataset.thumbnail;
                thumbnail.alt = "";
                thumbnail.width = 96;
                thumbnail.height = 96;
                pick.append(thumbnail);
            } else {
                pick.append(element("span", "nr-photo-pending", "renditions being made"));
            }
            pick.append(element("span", "", `${photo.dataset.photoId}: ${photo.dataset.caption || "no caption"} (${photo.dataset.credit || "no credit"})`));
            pick.addEventListener("click", () => {
                dialog.close();
                onPick(photo.dataset.photoId, photo.dataset);
            });
            const li = element("li");
            li.append(pick);
            return li;
        };
        const load = async (url, fresh) => {
            const ask = ++asked;
            more.textContent = "Loading…";
            const response = await fetch(url, { credentials: "same-origin" });
            const page = new DOMParser().parseFromString(await response.text(), "text/html");
            if (ask !== asked) {
                return;
            }

            const items = [...page.querySelectorAll(".nr-photo")].map(item);
            if (fresh) {
                found.replaceChildren(...items);
            } else {
                found.append(...items);
            }
            next = page.querySelector("a[rel=next]")?.getAttribute("href") ?? null;
            more.textContent = found.children.length === 0 ? "No photos match." : next ? "" : `${found.children.length} photos: that is all.`;
        };
        const first = () => load(`${library}?q=${encodeURIComponent(search.value)}`, true);
        // The list's end coming into view (scrolled to, or a short first page) loads the next page.
        new IntersectionObserver((seen) => {
            if (seen.some((entry) => entry.isIntersecting) && next && dialog.open) {
                load(new URL(next, new URL(library, location.href)).href, false);
                next = null;
            }
        }, { root: dialog }).observe(more);

        let searchTimer = 0;
        search.addEventListener("input", () => {
            clearTimeout(searchTimer);
            searchTimer = setTimeout(first, 300);
        });
        search.addEventListener("keydown", (event) => {
            if (event.key === "Enter") {
                event.preventDefault(); // searches at once, without waiting for the pause after typing
                clearTimeout(searchTimer);
                first();
            }
        });
        const open = (text) => {
            search.value = text ?? search.value;
            found.replaceChildren();
            dialog.showModal();
            search.focus();
            first();
        };
        return { dialog, open };
    };

    // A photo-number field (the feature photo, a live entry's photo): the chosen photo's number goes into it. Where the
    // photo is shown the moment the form is sent (data-credit-required), one without alt text and a credit is refused here.
    for (const choice of document.querySelectorAll(".nr-photo-choice[data-library]")) {
        const field = choice.querySelector("input");
        const prefix = choice.dataset.picker ?? "picker";
        const problem = element("p", "nr-error");
        problem.setAttribute("role", "alert");
        problem.hidden = true;
        const { open } = picker(choice.dataset.library, prefix, choice.dataset.pickerTitle ?? "Choose the feature photo", (id, photo) => {
            problem.hidden = choice.dataset.creditRequired === undefined || (photo.credit && photo.altText);
            problem.textContent = problem.hidden ? "" : `Photo ${id} needs alt text and a credit before it is shown: add them on its page in the library.`;
            if (problem.hidden) {
                field.value = id;
                field.dispatchEvent(new Event("input", { bubbles: true })); // a changed form: autosave and workflow steps save it
            }
        });
        const button = element("button", "nr-picker-open", "Choose from the library");
        button.type = "button";
        button.id = `${prefix}-open`;
        button.addEventListener("click", () => open());
        choice.append(button, problem);
    }

    // An inline photo: a {{photo N}} line of its own at the caret.
    const body = document.getElementById("body");
    const putPhotoLine = (id) => {
        const { selectionStart: start, selectionEnd: end, value } = body;
        const line = `{{photo ${id}}}`;
        const before = value.slice(0, start).trimEnd();
        const inserted = `${before ? "\n\n" : ""}${line}\n\n`;
        body.value = before + inserted + value.slice(end).trimStart();
        body.focus();
        body.setSelectionRange(before.length + inserted.length, before.length + inserted.length);
        body.dispatchEvent(new Event("input", { bubbles: true }));
    };

    // The Markdown toolbar (made by newsroom-editor.js, which runs after this script) gets a Photo button whose picker puts one in.
    if (body?.dataset.library) {
        document.addEventListener("DOMContentLoaded", () => {
            const toolbar = document.querySelector(".nr-toolbar");
            if (!toolbar) {
                return;
            }

            const { dialog, open } = picker(body.dataset.library, "body-picker", "Choose a photo for the text", putPhotoLine);
            const button = element("button", "", "Photo");
            button.type = "button";
            button.dataset.markdown = "photo";
            button.setAttribute("aria-controls", dialog.id);
            button.addEventListener("click", () => open());
            toolbar.append(button);
        });
    }

    // The prompt for a photo just uploaded from the editor: caption, alt text and credit, saved on the photo in place.
    // Later leaves them for the photo's page; publishing refuses a photo without alt text and a credit either way.
    const creditPrompt = (library, token) => {
        const dialog = element("dialog", "nr-dialog");
        dialog.id = "photo-credit";
        dialog.setAttribute("aria-labelledby", "photo-credit-title");
        const title = element("h2", "", "Credit the new photo");
        title.id = "photo-credit-title";
        const form = element("form", "nr-form");
        const field = (label, name) => {
            const input = element("input");
            input.name = `Form.${name}`;
            input.id = `photo-credit-${name.toLowerCase()}`;
            const wrap = element("label", "", `${label} `);
            wrap.append(input);
            form.append(wrap);
            return input;
        };
        const fields = { caption: field("Caption", "Caption"), altText: field("Alt text (what it shows)", "AltText"), credit: field("Credit (photographer / agency)", "Credit") };
        const problem = element("p", "nr-error");
        problem.setAttribute("role", "alert");
        problem.hidden = true;
        const save = element("button", "nr-primary", "Save credit");
        save.type = "submit";
        const later = element("button", "nr-secondary", "Later");
        later.type = "button";
        later.addEventListener("click", () => dialog.close());
        const number = element("p", "nr-hint");
        form.append(problem, save, later);
        dialog.append(title, number, form);
        document.body.append(dialog);

        return (outcome) => new Promise((resolve) => {
            number.textContent = `Photo ${outcome.photoId} is in the library. A story with it is published only once it has alt text and a credit.`;
            for (const [key, input] of Object.entries(fields)) {
                input.value = outcome[key] ?? "";
            }
            problem.hidden = true;
            form.onsubmit = async (event) => {
                event.preventDefault();
                const response = await fetch(`${library}/${outcome.photoId}?handler=Credit`, { method: "POST", body: new FormData(form), headers: { RequestVerificationToken: token() }, credentials: "same-origin" });
                if (response.ok) {
                    dialog.close();
                    return;
                }

                problem.textContent = (await response.json().catch(() => ({}))).error ?? `The credit was not saved (${response.status}).`;
                problem.hidden = false;
            };
            dialog.onclose = resolve;
            dialog.showModal();
            (fields.credit.value ? fields.altText : fields.credit).focus();
        });
    };

    // Images dropped on or pasted into the body or the gallery: each uploaded, credited in place, then put where it
    // was dropped — a {{photo N}} line at the body's caret, or a new row of the gallery (the form saves to show it).
    const articleForm = document.getElementById("article-form");
    if (articleForm && body?.dataset.upload) {
        const token = () => tokenIn(articleForm);
        const ask = creditPrompt(body.dataset.library, token);
        const status = element("p", "nr-hint");
        status.id = "photo-drop-status";
        status.setAttribute("role", "status");
        status.textContent = "Drop or paste an image to put it in the library and here.";
        body.closest("label").after(status);

        // placing() runs when the images come (before any wait), so where they go is decided then, not once uploaded.
        const uploadEach = async (files, placing, finish) => {
            const place = placing();
            let placed = 0;
            for (const file of files) {
                const name = file.name || "pasted image";
                status.textContent = `Uploading ${name}…`;
                const outcome = await send(file, body.dataset.upload, token(), (percent) => { status.textContent = `Uploading ${name}… ${percent}%`; });
                if (!outcome.photoId) {
                    status.textContent = outcome.refusal ?? `${name} was not uploaded.`;
                    continue;
                }

                status.textContent = `${name} is photo ${outcome.photoId} in the library.`;
                await ask(outcome);
                place(outcome.photoId);
                placed++;
            }

            if (placed > 0) {
                finish?.();
            }
        };
        const accept = (zone, placing, finish) => {
            const hasFiles = (transfer) => transfer?.types.includes("Files");
            zone.addEventListener("dragover", (event) => {
                if (hasFiles(event.dataTransfer)) {
                    event.preventDefault();
                    event.dataTransfer.dropEffect = "copy";
                }
            });
            zone.addEventListener("drop", (event) => {
                if (hasFiles(event.dataTransfer)) {
                    event.preventDefault();
                    uploadEach([...event.dataTransfer.files], placing, finish);
                }
            });
            zone.addEventListener("paste", (event) => {
                const files = [...(event.clipboardData?.files ?? [])];
                if (files.length > 0) {
                    event.preventDefault(); // text pastes as text
                    uploadEach(files, placing, finish);
                }
            });
        };

        // At the caret as it was when the image came, each next photo after the last.
        accept(body, () => {
            let at = [body.selectionStart, body.selectionEnd];
            return (id) => {
                body.setSelectionRange(...at);
                putPhotoLine(id);
                at = [body.selectionEnd, body.selectionEnd];
            };
        });
        const gallery = document.getElementById("gallery-items");
        if (gallery) {
            // One more row for each photo as the form posts rows, then one save: the editor comes back with them in the gallery.
            accept(gallery, () => (id) => {
                const row = element("input");
                row.type = "hidden";
                row.name = `Gallery.Items[${gallery.querySelectorAll("input[name$='].PhotoId']").length}].PhotoId`;
                row.value = id;
                gallery.append(row);
            }, () => articleForm.requestSubmit(document.getElementById("save")));
        }
    }
})();
