// CPV picker (Features/Shared/CpvPickerTagHelper): turns the plain field of comma-separated CPV codes into a
// WAI-ARIA 1.2 combobox with a listbox popup, and shows the chosen codes as removable chips. The original field stays
// in the form, hidden, and is kept in step with the chips, so the form posts what a person without script would type.
(() => {
    "use strict";
    const debounceMilliseconds = 200;
    const resultLimit = 20;

    for (const container of document.querySelectorAll("[data-cpv-picker]")) {
        enhance(container);
    }

    function enhance(container) {
        const id = container.dataset.for;
        const field = document.getElementById(id);
        const combobox = document.getElementById(`${id}-search`);
        const listbox = document.getElementById(`${id}-listbox`);
        const chipList = document.getElementById(`${id}-chips`);
        const status = document.getElementById(`${id}-status`);
        const message = document.getElementById(`${id}-message`);
        if (!field || !combobox || !listbox || !chipList || !status || !message || container.dataset.enhanced) {
            return;
        }

        container.dataset.enhanced = "true";
        const mode = container.dataset.mode;
        const max = Number(container.dataset.max) || 20;
        const searchUrl = container.dataset.searchUrl;

        // The search box takes the field's id, so its label and the error summary's link lead to it.
        const describedBy = (field.getAttribute("aria-describedby") || "").split(" ").filter(ref => ref && ref !== `${id}-hint`);
        const typingHint = document.getElementById(`${id}-hint`);
        if (typingHint) {
            typingHint.hidden = true;
        }

        field.id = `${id}-value`;
        field.hidden = true;
        combobox.id = id;
        combobox.setAttribute("aria-describedby", [`${id}-picker-hint`, ...describedBy, `${id}-message`].join(" "));
        if (field.getAttribute("aria-invalid") === "true") {
            combobox.setAttribute("aria-invalid", "true");
        }

        let chosen = [...chipList.querySelectorAll("li[data-value]")].map(chip => ({
            value: chip.dataset.value,
            code: chip.querySelector(".cpv-picker__code")?.textContent ?? chip.dataset.value,
            label: chip.querySelector(".cpv-picker__label")?.textContent ?? "",
        }));
        let results = [];
        let active = -1;
        let pending;
        let inFlight;

        renderChips();
        container.hidden = false;

        combobox.addEventListener("input", () => {
            clearTimeout(pending);
            const text = combobox.value.trim();
            if (text.length < 2) {
                close();
                return;
            }

            pending = setTimeout(() => search(text), debounceMilliseconds);
        });

        combobox.addEventListener("keydown", event => {
            switch (event.key) {
                case "ArrowDown":
                case "ArrowUp":
                    if (results.length === 0) {
                        return;
                    }

                    event.preventDefault();
                    open();
                    move(event.key === "ArrowDown" ? 1 : -1);
                    break;
                case "Enter":
                    if (isOpen() && active >= 0) {
                        event.preventDefault();
                        choose(results[active]);
                    } else if (combobox.value.trim() !== "") {
                        event.preventDefault(); // a half-typed search is not an answer to the form
                    }

                    break;
                case "Escape":
                    if (isOpen()) {
                        event.preventDefault();
                        close();
                    } else if (combobox.value !== "") {
                        event.preventDefault();
                        combobox.value = "";
                        results = [];
                    }

                    break;
                case "Tab":
                    close();
                    break;
                default:
                    break;
            }
        });

        combobox.addEventListener("blur", () => close());

        async function search(text) {
            inFlight?.abort();
            inFlight = new AbortController();
            let items;
            try {
                const response = await fetch(`${searchUrl}?q=${encodeURIComponent(text)}&limit=${resultLimit}`, {
                    headers: { Accept: "application/json" },
                    signal: inFlight.signal,
                });
                items = response.ok ? (await response.json()).items : [];
            } catch (error) {
                if (error.name === "AbortError") {
                    return;
                }

                announce("The search is not available. Type codes into the box instead.");
                return;
            }

            if (combobox.value.trim() !== text) {
                return;
            }

            show(items);
        }

        function show(items) {
            results = items;
            active = -1;
            combobox.removeAttribute("aria-activedescendant");
            listbox.replaceChildren(...items.map((item, index) => {
                const option = document.createElement("li");
                option.id = `${id}-option-${index}`;
                option.className = "cpv-picker__option";
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.append(codeSpan(item.code), " ", item.label);
                if (chosen.some(chip => chip.value === valueOf(item))) {
                    option.append(" (chosen)");
                }

                option.addEventListener("mousedown", event => event.preventDefault()); // keep focus in the search box
                option.addEventListener("click", () => choose(item));
                return option;
            }));
            if (items.length === 0) {
                close();
                announce("No CPV codes match.");
            } else {
                open();
                announce(`${items.length} ${items.length === 1 ? "code" : "codes"} found. Use the up and down arrows to go through them and Enter to choose.`);
            }
        }

        function move(step) {
            const options = listbox.querySelectorAll("[role=option]");
            active = active < 0 && step < 0 ? options.length - 1 : (active + step + options.length) % options.length;
            options.forEach((option, index) => option.setAttribute("aria-selected", String(index === active)));
            combobox.setAttribute("aria-activedescendant", options[active].id);
            options[active].scrollIntoView({ block: "nearest" });
        }

        function choose(item) {
            const value = valueOf(item);
            if (chosen.some(chip => chip.value === value)) {
                reset();
                announce(`${item.code} ${item.label} is already chosen.`);
                return;
            }

            if (mode !== "single" && chosen.length >= max) {
                message.textContent = `You can choose at most ${max}. Remove one before adding another.`;
                message.hidden = false;
                close();
                announce(message.textContent);
                return;
            }

            chosen = mode === "single" ? [] : chosen;
            chosen.push({ value, code: item.code, label: item.label });
            renderChips();
            reset();
            announce(`Added ${item.code} ${item.label}. ${chosen.length} of ${max} chosen.`);
        }

        function remove(chip, button) {
            const buttons = [...chipList.querySelectorAll("button")];
            const position = buttons.indexOf(button);
            chosen = chosen.filter(other => other.value !== chip.value);
            renderChips();
            const remaining = chipList.querySelectorAll("button");
            (remaining[Math.min(position, remaining.length - 1)] ?? combobox).focus();
            announce(`Removed ${chip.code} ${chip.label}. ${chosen.length} of ${max} chosen.`);
        }

        function renderChips() {
            field.value = chosen.map(chip => chip.value).join(", ");
            message.hidden = true;
            chipList.replaceChildren(...chosen.map(chip => {
                const item = document.createElement("li");
                item.className = "cpv-picker__chip";
                item.dataset.value = chip.value;
                const label = Object.assign(document.createElement("span"), { className: "cpv-picker__label", textContent: chip.label });
                const button = Object.assign(document.createElement("button"), { type: "button", className: "cpv-picker__remove" });
                button.setAttribute("aria-label", `Remove ${chip.code} ${chip.label}`);
                button.append(Object.assign(document.createElement("span"), { textContent: "×" }));
                button.firstChild.setAttribute("aria-hidden", "true");
                button.addEventListener("click", () => remove(chip, button));
                item.append(codeSpan(chip.code), " ", label, button);
                return item;
            }));
        }

        function reset() {
            combobox.value = "";
            results = [];
            close();
        }

        function isOpen() {
            return combobox.getAttribute("aria-expanded") === "true";
        }

        function open() {
            listbox.hidden = false;
            combobox.setAttribute("aria-expanded", "true");
        }

        function close() {
            listbox.hidden = true;
            combobox.setAttribute("aria-expanded", "false");
            combobox.removeAttribute("aria-activedescendant");
            active = -1;
            listbox.querySelectorAll("[aria-selected=true]").forEach(option => option.setAttribute("aria-selected", "false"));
        }

        function valueOf(item) {
            return mode === "prefixes" ? item.prefix : item.code;
        }

        function announce(text) {
            status.textContent = "";
            setTimeout(() => { status.textContent = text; }, 50);
        }
    }

    function codeSpan(code) {
        return Object.assign(document.createElement("span"), { className: "cpv-picker__code", textContent: code });
    }
})();
