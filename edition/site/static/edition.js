/* Notes open in place on narrow screens: the marker toggles its note (aria-expanded).
   Without this script notes stay visible beside or below the text and the links still work. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var wide = window.matchMedia("(min-width: 70rem)")  // as edition.css;

  function noteFor(link) {
    return document.getElementById(link.getAttribute("href").slice(1));
  }

  function setup() {
    var refs = document.querySelectorAll('a[role="doc-noteref"]');
    Array.prototype.forEach.call(refs, function (link) {
      link.setAttribute("aria-expanded", "false");
      link.addEventListener("click", function (event) {
        var note = noteFor(link);
        if (!note || wide.matches) { return; }  // wide screens: the link scrolls to the sidenote
        event.preventDefault();
        var open = !note.classList.contains("open");
        note.classList.toggle("open", open);
        link.setAttribute("aria-expanded", open ? "true" : "false");
        if (open) { note.querySelector('a[role="doc-backlink"]').focus(); }
      });
    });
    var backs = document.querySelectorAll('a[role="doc-backlink"]');
    Array.prototype.forEach.call(backs, function (back) {
      back.addEventListener("click", function () {
        var note = back.closest(".note");
        if (note && !wide.matches) {
          note.classList.remove("open");
          var ref = document.getElementById(back.getAttribute("href").slice(1));
          if (ref) { ref.setAttribute("aria-expanded", "false"); }
        }
      });
    });
  }
  // Escape closes an open note (narrow screens) and gives the focus back to its marker.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var note = document.activeElement && document.activeElement.closest(".note.open");
    if (!note) { return; }
    note.classList.remove("open");
    var ref = document.querySelector('a[role="doc-noteref"][href="#' + note.id + '"]');
    if (ref) { ref.setAttribute("aria-expanded", "false"); ref.focus(); }
  });

  function start() { setup(); }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else { start(); }
})();
