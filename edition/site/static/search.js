/* Start Pagefind's UI and run the query from ?q= (the search box in every page's header).
   A result opens at the paragraph holding its first match (sub-results are the headings),
   with ?highlight=words,
   which the reading page marks (pagefind-highlight.js, loaded by the page over HTTP). */
(function () {
  "use strict";
  var BLOCKS = /^(p|div|blockquote|ul|ol|dl|li|dd|table|tr|td|h[1-6]|section|aside|figure)$/i;
  // A result opens at the passage that holds its first match: the last block with an id
  // (every paragraph, heading, quotation and note has one) that starts before that word.
  function toPassage(result) {
    var first = (result.locations || [])[0];
    if (first === undefined || !result.anchors) { return result; }
    var best = null;
    result.anchors.forEach(function (anchor) {
      if (BLOCKS.test(anchor.element || "") && anchor.location <= first &&
          (!best || anchor.location >= best.location)) { best = anchor; }
    });
    if (best && best.id) { result.url = result.url.split("#")[0] + "#" + best.id; }
    return result;
  }
  window.addEventListener("DOMContentLoaded", function () {
    if (typeof PagefindUI === "undefined") { return; }
    // Result links relative to this page's folder, so the site works in any subdirectory.
    var base = new URL(".", window.location.href).pathname;
    var ui = new PagefindUI({ element: "#search", showSubResults: true, showImages: false,
                              baseUrl: base, highlightParam: "highlight",
                              processResult: toPassage });
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
