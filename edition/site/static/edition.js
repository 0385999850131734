/* Notes open in place on narrow screens: the marker toggles its note (aria-expanded).
   Without this script notes stay visible beside or below the text and the links still work. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var wide = window.matchMedia("(min-width: 70rem)")  // as edition.css;

  function noteFor(link) {
    return document.getElementById(link.getAttribute("href").slice(1));
  }

  /* Wide screens: the sidenote sits beside its marker, so the page does not jump to it;
     focus moves to the note (the marker stays in view) and the note is highlighted. */
  function showSidenote(link, note) {
    Array.prototype.forEach.call(document.querySelectorAll(".note.highlight"), function (n) {
      n.classList.remove("highlight");
    });
    note.classList.add("highlight");
    note.focus({ preventScroll: true });
    var box = note.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) {
      note.scrollIntoView({ block: "nearest" });
    }
    if (history.replaceState) { history.replaceState(null, "", "#" + note.id); }
  }

  /* Phones: Escape closes the open note that holds the focus (or the last one opened) and
     returns the focus to its marker. */
  function closeOnEscape(event) {
    if (event.key !== "Escape" || wide.matches) { return; }
    var active = document.activeElement;
    var note = (active && active.closest && active.closest(".note.open")) ||
      document.querySelector(".note.open");
    if (!note) { return; }
    note.classList.remove("open");
    var ref = document.querySelector('a[role="doc-noteref"][href="#' + note.id + '"]');
    if (ref) { ref.setAttribute("aria-expanded", "false"); ref.focus(); }
  }

  function setup() {
    document.addEventListener("keydown", closeOnEscape);
    var refs = document.querySelectorAll('a[role="doc-noteref"]');
    Array.prototype.forEach.call(refs, function (link) {
      link.setAttribute("aria-expanded", "false");
      link.addEventListener("click", function (event) {
        var note = noteFor(link);
        if (!note) { return; }
        event.preventDefault();
        if (wide.matches) { showSidenote(link, note); return; }
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
