/* Start Pagefind's UI and run the query from ?q= (the search box in every page's header).
   Results link to the passage (sub-results are headings with ids) with ?highlight=words,
   which the reading page marks (pagefind-highlight.js, loaded by the page over HTTP). */
(function () {
  "use strict";
  window.addEventListener("DOMContentLoaded", function () {
    if (typeof PagefindUI === "undefined") { return; }
    // Result links relative to this page's folder, so the site works in any subdirectory.
    var base = new URL(".", window.location.href).pathname;
    var ui = new PagefindUI({ element: "#search", showSubResults: true, showImages: false,
                              baseUrl: base, highlightParam: "highlight" });
    // Pagefind's input has only a placeholder: tie it to the page's <label>.
    (function labelInput(tries) {
      var input = document.querySelector("#search input[type=text], #search input");
      if (input) { input.id = "search-page-input"; return; }
      if (tries > 0) { setTimeout(function () { labelInput(tries - 1); }, 50); }
    })(100);
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) { ui.triggerSearch(query); }
  });
})();
