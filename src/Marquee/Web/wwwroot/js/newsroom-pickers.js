// Turns the editor's comma-separated author and tag fields (which work without it) into pickers: search as
// you type, chips in order that move (dragged, or by their arrow buttons) and go, the primary section among the chosen sections, and — only for
// those the server lets — a tag created on the fly. The original fields, hidden, still carry what is posted.
(() => {
    "use strict";
    const form = document.getElementById("article-form");
    if (!form) {
        return;
    }

    const token = () => form.querySelector("input[name=__RequestVerificationToken]").value;
    // Tag creations still in flight, each resolving to whether its tag became a chip: what the form posts waits for them.
    const creations = new Set();
    const settled = async () => {
        let succeeded = true;
        while (creations.size > 0) {
            succeeded = (await Promise.all([...creations])).every(Boolean) && succeeded;
        }

        return succeeded;
    };
    const primary = document.getElementById("primary-section");
    const element = (tag, props = {}) => Object.assign(document.createElement(tag), props);
    const getJson = async (url) => {
        const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
        return response.ok ? response.json() : [];
    };

    const enhance = async (field) => {
        const noun = field.dataset.noun;
        const isTags = noun === "tag";
        const items = new Map();
        const order = field.value.split(",").map((slug) => slug.trim()).filter((slug) => slug);
        const picker = element("fieldset", { className: "nr-picker", id: `${field.id}-picker` });
        const chips = element("ol", { className: "nr-chips" });
        chips.dataset.reorder = ""; // newsroom-reorder.js: dragging a chip says where it was dropped
        const search = element("input", { type: "search", id: `${field.id}-search`, autocomplete: "off", placeholder: `Find ${noun}s by name…` });
        const options = element("ul", { className: "nr-options", id: `${field.id}-options`, hidden: true });
        const problem = element("p", { className: "nr-error", hidden: true });
        problem.setAttribute("role", "alert");
        search.setAttribute("role", "combobox");
        search.setAttribute("aria-autocomplete", "list");
        search.setAttribute("aria-expanded", "false");
        search.setAttribute("aria-controls", options.id);
        search.setAttribute("aria-label", `Add ${noun}`);
        options.setAttribute("role", "listbox");
        chips.setAttribute("aria-label", `Chosen ${noun}s, in order`);
        picker.append(element("legend", { textContent: isTags ? "Tags (choose the primary section among the sections)" : "Authors (in byline order)" }), chips, search, options, problem);
        field.closest("label").hidden = true;
        field.closest("label").after(picker);
        if (isTags && primary) {
            primary.closest("label").hidden = true;
        }

        // The arrow is what sighted people read and the words are the button's name: no aria-label whose words the visible label lacks.
        const button = (icon, label, action) => {
            const b = element("button", { type: "button", title: label });
            const shown = element("span", { textContent: icon });
            shown.setAttribute("aria-hidden", "true");
            b.append(shown, element("span", { className: "nr-visually-hidden", textContent: label }));
            b.addEventListener("click", action);
            return b;
        };
        const move = (slug, by) => {
            const at = order.indexOf(slug);
            const to = at + by;
            if (to >= 0 && to < order.length) {
                [order[at], order[to]] = [order[to], order[at]];
                render(true);
            }
        };
        chips.addEventListener("reorder", (event) => {
            order.splice(event.detail.to, 0, ...order.splice(event.detail.from, 1));
            render(true);
        });
        const sections = () => order.filter((slug) => items.get(slug)?.kind === "section");
        const chip = (slug) => {
            const item = items.get(slug) ?? { name: slug, slug, kind: "" };
            const li = element("li", { className: "nr-chip", draggable: true });
            li.dataset.slug = slug;
            li.append(element("span", { className: "nr-chip-name", textContent: item.name }));
            if (isTags && item.kind === "section") {
                const radio = element("input", { type: "radio", name: "primary-section-choice", value: slug });
                radio.checked = slug === (primary.value || sections()[0]);
                radio.addEventListener("change", () => { primary.value = slug; changed(); });
                const label = element("label", { className: "nr-primary" });
                label.append(radio, " primary section");
                li.append(label);
            }

            li.append(
                button("←", `Move ${item.name} earlier`, () => move(slug, -1)),
                button("→", `Move ${item.name} later`, () => move(slug, 1)),
                button("×", `Remove ${item.name}`, () => { order.splice(order.indexOf(slug), 1); render(true); }));
            return li;
        };
        const changed = () => form.dispatchEvent(new Event("input", { bubbles: true }));
        const render = (byPerson) => {
            field.value = order.join(", ");
            // Only a person's change drops the primary section: before the kinds arrive every chip looks like a topic.
            if (byPerson && isTags && primary && primary.value && !sections().includes(primary.value)) {
                primary.value = "";
            }

            chips.replaceChildren(...order.map(chip));
            if (byPerson) {
                changed();
            }
        };

        let results = [];
        let active = -1;
        const close = () => {
            results = [];
            options.replaceChildren();
            options.hidden = true;
            search.setAttribute("aria-expanded", "false");
            search.removeAttribute("aria-activedescendant");
        };
        const request = async (name) => {
            const data = new FormData();
            data.set("Name", name);
            try {
                const response = await fetch(field.dataset.create, { method: "POST", body: data, headers: { RequestVerificationToken: token() }, credentials: "same-origin" });
                const answer = await response.json().catch(() => ({}));
                return response.ok ? answer : { error: answer.error ?? `The tag could not be created (${response.status}).` };
            } catch {
                return { error: "The tag could not be created: the newsroom did not answer. Try again." };
            }
        };
        const add = (item) => {
            items.set(item.slug, item);
            if (!order.includes(item.slug)) {
                order.push(item.slug);
            }

            search.value = "";
            close();
            render(true);
        };
        const create = async (name) => {
            const answer = await request(name);
            if (answer.error) {
                problem.textContent = answer.error;
                problem.hidden = false;
                return false;
            }

            add(answer);
            return true;
        };
        const choose = (result) => {
            problem.hidden = true;
            if (!result.create) {
                add(result.item);
                return;
            }

            const creating = create(result.create).finally(() => creations.delete(creating));
            creations.add(creating);
        };
        const show = () => {
            options.replaceChildren(...results.map((result, i) => {
                const text = result.create ? `Create tag “${result.create}”`
                    : isTags ? `${result.item.name} (${result.item.kind})` : result.item.name;
                const option = element("li", { id: `${options.id}-${i}`, textContent: text });
                option.dataset.slug = result.item?.slug ?? "";
                option.setAttribute("role", "option");
                option.addEventListener("mousedown", (event) => { event.preventDefault(); choose(result); });
                return option;
            }));
            options.hidden = results.length === 0;
            search.setAttribute("aria-expanded", String(!options.hidden));
            active = -1;
        };
        const lookup = async () => {
            const text = search.value.trim();
            if (!text) {
                close();
                return;
            }

            const found = (await getJson(`${field.dataset.lookup}?q=${encodeURIComponent(text)}`)).filter((item) => !order.includes(item.slug));
            results = found.map((item) => ({ item }));
            if (field.dataset.create && !found.some((item) => item.name.toLowerCase() === text.toLowerCase())) {
                results.push({ create: text });
            }

            show();
        };
        const highlight = (to) => {
            const all = options.querySelectorAll("[role=option]");
            if (all.length === 0) {
                return;
            }

            active = (to + all.length) % all.length;
            all.forEach((option, i) => option.setAttribute("aria-selected", String(i === active)));
            search.setAttribute("aria-activedescendant", all[active].id);
        };

        let timer = 0;
        search.addEventListener("input", (event) => {
            event.stopPropagation(); // typing a search is not a change to the article
            clearTimeout(timer);
            timer = setTimeout(lookup, 200);
        });
        search.addEventListener("keydown", (event) => {
            if (event.key === "Enter") {
                event.preventDefault(); // never submits the article form
                if (results.length > 0) {
                    choose(results[Math.max(active, 0)]);
                }
            } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
                event.preventDefault();
                highlight(active + (event.key === "ArrowDown" ? 1 : -1));
            } else if (event.key === "Escape") {
                close();
            }
        });
        search.addEventListener("blur", () => setTimeout(close, 150));
        render(false);
        // The chips show slugs until their names (and the sections among them) arrive.
        if (order.length > 0) {
            for (const item of await getJson(`${field.dataset.lookup}?slugs=${encodeURIComponent(order.join(","))}`)) {
                items.set(item.slug, item);
            }

            render(false);
        }
    };

    for (const field of form.querySelectorAll("input[data-lookup]")) {
        enhance(field);
    }

    // A Save clicked while a tag is still being created posts once the tag is a chip, and not at all when its
    // creation fails (the reason shows beside the picker). The editor's autosave waits through pickersSettled.
    let waiting = false;
    form.addEventListener("submit", async (event) => {
        if (creations.size === 0) {
            return;
        }

        event.preventDefault();
        if (waiting) {
            return;
        }

        waiting = true;
        const succeeded = await settled();
        waiting = false;
        if (succeeded) {
            form.requestSubmit(event.submitter);
        }
    });
    form.pickersSettled = settled;
})();
