/* Start Pagefind's UI and run the query from ?q= (the search box in every page's header). */
(function () {
  "use strict";
  window.addEventListener("DOMContentLoaded", function () {
    if (typeof PagefindUI === "undefined") { return; }
    // Result links relative to this page's folder, so the site works in any subdirectory.
    var base = new URL(".", window.location.href).pathname;
    var ui = new PagefindUI({ element: "#search", showSubResults: true, showImages: false,
                              baseUrl: base });
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) { ui.triggerSearch(query); }
  });
})();
