// The masthead's search box as a combobox (WAI-ARIA APG "list autocomplete"): suggestions from /search/suggest
// after a pause in typing; Down/Up move through them, Enter follows the one chosen (or searches), Escape closes.
// Without this script the box is a plain form that submits to /search.
(() => {
  const input = document.getElementById("masthead-q");
  if (!input || !window.fetch) return;
  const form = input.form;
  const list = document.createElement("ul");
  list.id = "masthead-suggestions";
  list.className = "suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", "Suggestions");
  list.hidden = true;
  form.append(list);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");
  input.autocomplete = "off";

  const groups = [["people", "Person"], ["tags", "Tag"], ["headlines", "Story"]];
  let timer = 0;
  let asked = "";
  let active = -1;

  const options = () => [...list.querySelectorAll("[role=option]")];

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const choose = (index) => {
    const all = options();
    all.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
    active = index;
    if (index < 0) input.removeAttribute("aria-activedescendant");
    else input.setAttribute("aria-activedescendant", all[index].id);
  };

  const show = (suggestions) => {
    list.replaceChildren();
    let n = 0;
    for (const [key, kind] of groups) {
      for (const item of suggestions[key] || []) {
        const option = document.createElement("li");
        option.id = `masthead-suggestion-${n++}`;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset.url = item.url;
        const label = document.createElement("span");
        label.className = "suggestion-kind";
        label.textContent = kind;
        option.append(label, " ", item.name);
        option.addEventListener("mousedown", (event) => { event.preventDefault(); location.assign(item.url); });
        list.append(option);
      }
    }
    active = -1;
    list.hidden = n === 0;
    input.setAttribute("aria-expanded", String(n > 0));
  };

  const ask = async () => {
    const text = input.value.trim();
    if (text === asked) return;
    asked = text;
    if (text.length < 3) { close(); return; }
    try {
      const response = await fetch(`/search/suggest?q=${encodeURIComponent(text)}`, { headers: { Accept: "application/json" } });
      if (response.ok && input.value.trim() === text) show(await response.json());
    } catch {
      close();
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(ask, 200);
  });
  input.addEventListener("keydown", (event) => {
    const count = options().length;
    if (event.key === "ArrowDown" && count > 0) {
      event.preventDefault();
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      choose((active + 1) % count);
    } else if (event.key === "ArrowUp" && count > 0) {
      event.preventDefault();
      choose(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === "Enter" && active >= 0 && !list.hidden) {
      event.preventDefault();
      location.assign(options()[active].dataset.url);
    } else if (event.key === "Escape" && !list.hidden) {
      // Closes the list only; a second Escape clears the box, as a search box does.
      event.preventDefault();
      close();
    }
  });
  input.addEventListener("blur", close);
})();
