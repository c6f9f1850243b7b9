// The article editor's keyboard shortcuts: Ctrl/Cmd+S saves, Ctrl/Cmd+Enter opens the publish step, ? lists them.
// Each presses the button a mouse would, so saving and publishing go through the same forms, checks and confirmations.
(() => {
    "use strict";
    const list = document.getElementById("shortcuts");
    if (!list) {
        return;
    }

    const typing = (target) => target instanceof Element && target.closest("input, textarea, select, [contenteditable]") !== null;
    const press = (id) => {
        const button = document.getElementById(id);
        if (button && !button.disabled) {
            button.click();
        }
    };
    document.addEventListener("keydown", (event) => {
        const command = event.ctrlKey || event.metaKey;
        if (command && event.key.toLowerCase() === "s") {
            event.preventDefault(); // not the browser's "save page as"
            press("save");
        } else if (command && event.key === "Enter") {
            event.preventDefault();
            press("move-publish");
        } else if (event.key === "?" && !command && !event.altKey && !typing(event.target) && !list.open) {
            event.preventDefault();
            list.showModal();
        }
    });
})();
