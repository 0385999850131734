/* The "Show page images" toggle: a pressed button shows them (the default, and the page
   without JavaScript); the choice is remembered for every document of the edition. */
(function () {
  "use strict";
  var KEY = "edition-facsimiles";
  var button = document.querySelector(".facs-toggle");
  if (!button) return;
  function stored() {
    try { return window.localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function apply(shown) {
    document.documentElement.classList.toggle("facs-off", !shown);
    button.setAttribute("aria-pressed", shown ? "true" : "false");
  }
  apply(stored() !== "hidden");
  button.hidden = false;
  button.addEventListener("click", function () {
    var shown = button.getAttribute("aria-pressed") !== "true";
    apply(shown);
    try { window.localStorage.setItem(KEY, shown ? "shown" : "hidden"); } catch (e) { /* private mode */ }
  });
})();
