/* "Cite this passage": the citation names the passage the reader chose by its ¶ link (the
   URL's #id) and the section heading above it; a button copies it (Clipboard API). Without
   JavaScript the citation is plain selectable text naming the page. */
(function () {
  "use strict";
  var box = document.getElementById("citation");
  if (!box) return;
  var button = document.querySelector(".copy-citation");

  function headingBefore(element) {
    var heads = document.querySelectorAll(".document-text h2, .document-text h3, .document-text h4, .document-text h5, .document-text h6");
    var found = null;
    heads.forEach(function (h) {
      if (h === element || (h.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)) found = h;
    });
    return found;
  }

  function label(element) {
    var copy = element.cloneNode(true);
    copy.querySelectorAll(".permalink, .noteref, .note, .par-mark").forEach(function (n) { n.remove(); });
    return copy.textContent.replace(/\s+/g, " ").trim();
  }

  function update() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    var parts = [];
    if (box.dataset.author) parts.push(box.dataset.author);
    parts.push("\u201c" + box.dataset.title + "\u201d");
    var head = target && headingBefore(target);
    if (head) parts.push("section \u201c" + label(head) + "\u201d");
    parts.push("in " + box.dataset.site);
    var url = location.href.split("#")[0] + (target ? "#" + id : "");
    box.textContent = parts.join(", ") + ", " + url;
    if (target) {
      var details = box.closest("details");
      if (details && document.activeElement && document.activeElement.classList.contains("permalink")) details.open = true;
    }
  }

  if (button && navigator.clipboard) {
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(box.textContent).then(function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = "Copy the citation"; }, 2000);
      }, function () { button.textContent = "Select the text to copy it"; });
    });
  }
  window.addEventListener("hashchange", update);
  update();
})();
