// Buttons marked data-print open the browser's print dialog (inline handlers are blocked by the content security policy).
document.querySelectorAll("[data-print]").forEach(button => button.addEventListener("click", () => window.print()));
