// digitbook preview: asks the server where the render stands, shows it, and reloads the report (keeping its scroll
// position) whenever a new page is ready.
"use strict";
(function () {
  const state = document.getElementById("state");
  const bar = state.parentElement;
  const problems = document.getElementById("problems");
  const errors = document.getElementById("errors");
  const warnings = document.getElementById("warnings");
  const frame = document.getElementById("report");
  let generation = null;
  let lastText = "";

  function fill(list, lines) {
    list.replaceChildren(...lines.map((line) => {
      const item = document.createElement("li");
      item.textContent = line;
      return item;
    }));
  }

  function reload(next) {
    let y = 0;
    try { y = frame.contentWindow.scrollY; } catch (e) { y = 0; }
    frame.addEventListener("load", () => {
      try { frame.contentWindow.scrollTo(0, y); } catch (e) { /* a page of another origin: leave it */ }
    }, { once: true });
    frame.src = "/page?generation=" + next;
  }

  function show(status) {
    const text = status.rendering ? "Rendering: " + status.progress
      : status.errors.length > 0 ? "Errors (" + status.errors.length + "): " + status.summary
      : "Up to date: " + status.summary + (status.progress ? "; " + status.progress : "");
    if (text !== lastText) { state.textContent = text; lastText = text; }
    bar.classList.toggle("rendering", status.rendering);
    bar.classList.toggle("failed", !status.rendering && status.errors.length > 0);
    fill(errors, status.errors);
    fill(warnings, status.warnings);
    problems.hidden = status.errors.length === 0 && status.warnings.length === 0;
    if (status.generation !== generation) { reload(status.generation); }
    generation = status.generation;
  }

  async function poll() {
    try {
      const response = await fetch("/status", { cache: "no-store" });
      show(await response.json());
    } catch (e) {
      state.textContent = "The preview server does not answer (stopped?); retrying";
      lastText = state.textContent;
    }
    setTimeout(poll, 400);
  }
  poll();
})();
