// Suggests supplier names as the visitor types, through the browser's own datalist (keyboard and screen-reader friendly).
(() => {
    const input = document.querySelector("input[data-suggest-url]");
    const list = input && document.getElementById(input.getAttribute("list"));
    if (!input || !list) {
        return;
    }

    let pending;
    input.addEventListener("input", () => {
        clearTimeout(pending);
        const typed = input.value.trim();
        if (typed.length < 2) {
            list.replaceChildren();
            return;
        }

        pending = setTimeout(async () => {
            const response = await fetch(`${input.dataset.suggestUrl}?q=${encodeURIComponent(typed)}`, { headers: { Accept: "application/json" } });
            if (!response.ok) {
                return;
            }

            const suggestions = await response.json();
            list.replaceChildren(...suggestions.map(s => Object.assign(document.createElement("option"), { value: s.name })));
        }, 150);
    });
})();
