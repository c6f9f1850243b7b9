// Drag-and-drop ordering for the newsroom's ordered lists (gallery photos, author and tag chips). A list marked
// data-reorder says where one of its items was dropped with a "reorder" event ({ from, to }, positions from 0);
// the list's own script moves it, as its buttons do, which stay for the keyboard and for pages without scripts.
(() => {
    "use strict";
    let dragged = null;
    let target = null;
    const itemAt = (node) => node instanceof Element ? node.closest("[data-reorder] > li") : null;
    const inDraggedList = (item) => item !== null && dragged !== null && item.parentElement === dragged.parentElement;
    const mark = (item) => {
        target?.classList.remove("nr-drop-target");
        target = item;
        target?.classList.add("nr-drop-target");
    };

    // A drag may start on the item or on a part that drags by itself (its thumbnail); either way the item moves.
    document.addEventListener("dragstart", (event) => {
        dragged = itemAt(event.target);
        if (dragged) {
            event.dataTransfer.effectAllowed = "move";
            event.dataTransfer.setData("text/plain", ""); // not the thumbnail's address, should it land in a text field
            event.dataTransfer.setDragImage(dragged, 16, 16);
            dragged.classList.add("nr-dragging");
        }
    });
    document.addEventListener("dragover", (event) => {
        const over = itemAt(event.target);
        if (inDraggedList(over)) {
            event.preventDefault();
            event.dataTransfer.dropEffect = "move";
            mark(over === dragged ? null : over);
        }
    });
    document.addEventListener("drop", (event) => {
        const over = itemAt(event.target);
        if (!inDraggedList(over)) {
            return;
        }

        event.preventDefault();
        const items = [...over.parentElement.children];
        const from = items.indexOf(dragged);
        const to = items.indexOf(over);
        if (from !== to) {
            over.parentElement.dispatchEvent(new CustomEvent("reorder", { bubbles: true, detail: { from, to } }));
        }
    });
    document.addEventListener("dragend", () => {
        dragged?.classList.remove("nr-dragging");
        mark(null);
        dragged = null;
    });
})();
