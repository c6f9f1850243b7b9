// The gallery editor's photo order without a round trip: a row dragged (newsroom-reorder.js) or moved by its Up
// and Down buttons, which without this script post the form. Rows are renumbered as the form posts them, so Save
// (or the autosave) keeps the order as shown.
(() => {
    "use strict";
    const list = document.querySelector(".nr-gallery-items");
    if (!list) {
        return;
    }

    list.dataset.reorder = "";
    // A row drags as a whole, except while its caption is being edited, so the caption's text stays selectable.
    for (const row of list.children) {
        row.draggable = true;
    }
    list.addEventListener("focusin", (event) => { event.target.closest("li").draggable = !event.target.matches("input:not([type=radio])"); });
    list.addEventListener("focusout", (event) => { event.target.closest("li").draggable = true; });

    const status = document.createElement("p");
    status.className = "nr-hint";
    status.id = "gallery-order";
    status.setAttribute("aria-live", "polite");
    status.textContent = "Drag a photo by its thumbnail, or use Up and Down, to change the order; Save keeps it.";
    list.before(status);

    const moveButtons = (row) => [row.querySelector("button[value^='up:']"), row.querySelector("button[value^='down:']")];
    const renumber = () => {
        const rows = [...list.children];
        rows.forEach((row, i) => {
            for (const field of row.querySelectorAll("[name^='Gallery.Items[']")) {
                field.name = field.name.replace(/^Gallery\.Items\[\d+\]/, `Gallery.Items[${i}]`);
            }

            const [up, down] = moveButtons(row);
            up.disabled = i === 0;
            down.disabled = i === rows.length - 1;
        });
    };
    const move = (from, to) => {
        const rows = [...list.children];
        const row = rows[from];
        list.insertBefore(row, from < to ? rows[to].nextSibling : rows[to]);
        renumber();
        status.textContent = `Photo ${row.dataset.photo} is now ${to + 1} of ${rows.length}; Save keeps the order.`;
        list.dispatchEvent(new Event("input", { bubbles: true })); // a changed form: autosave and workflow steps save it
    };

    list.addEventListener("reorder", (event) => move(event.detail.from, event.detail.to));
    list.addEventListener("click", (event) => {
        const button = event.target instanceof Element ? event.target.closest("button[value^='up:'], button[value^='down:']") : null;
        if (!button) {
            return;
        }

        event.preventDefault();
        const row = button.closest("li");
        const from = [...list.children].indexOf(row);
        move(from, from + (button.value.startsWith("up:") ? -1 : 1));
        // Focus stays with the moved photo: on the same button, or on the other once this one reaches the end.
        const [up, down] = moveButtons(row);
        (button.disabled ? (button === up ? down : up) : button).focus();
    });
})();
