/* Parallel reading: show the chosen documents as columns and keep them in step. Alignment
   points (computed at build time: shared dates, event and quotation links) map each document
   to an element id; scrolling one column moves the others to the same point, interpolating
   between consecutive points. */
(function () {
  "use strict";
  var anchors = JSON.parse(document.getElementById("alignment").textContent || "[]");
  var columns = Array.prototype.slice.call(document.querySelectorAll(".column"));
  var picker = document.getElementById("picker");
  var syncBox = document.getElementById("sync");
  var quietUntil = new WeakMap();
  var positions = new Map();  // column -> {anchorIndex: offset}

  function stemOf(column) { return column.getAttribute("data-stem"); }

  function offsetIn(column, element) {
    return element.getBoundingClientRect().top - column.getBoundingClientRect().top + column.scrollTop;
  }

  function measure() {
    columns.forEach(function (column) {
      var stem = stemOf(column), map = {};
      anchors.forEach(function (anchor, index) {
        var id = anchor.at[stem];
        var element = id && document.getElementById(stem + "--" + id);
        if (element) { map[index] = offsetIn(column, element); }
      });
      positions.set(column, map);
    });
  }

  /* Consecutive alignment points shared by two columns, ordered by their place in `source`. */
  function sharedPoints(source, target) {
    var a = positions.get(source), b = positions.get(target), points = [];
    Object.keys(a).forEach(function (key) {
      if (key in b) { points.push([a[key], b[key], Number(key)]); }
    });
    points.sort(function (x, y) { return x[0] - y[0]; });
    return increasing(points);
  }

  /* Keep the longest run of points that also goes down the page in the target column, so a
     passage one document tells out of order cannot make the other column jump back. */
  function increasing(points) {
    var tails = [], previous = new Array(points.length);
    points.forEach(function (point, i) {
      var low = 0, high = tails.length;
      while (low < high) {
        var mid = (low + high) >> 1;
        if (points[tails[mid]][1] < point[1]) { low = mid + 1; } else { high = mid; }
      }
      previous[i] = low > 0 ? tails[low - 1] : -1;
      tails[low] = i;
    });
    var chain = [], k = tails.length ? tails[tails.length - 1] : -1;
    while (k >= 0) { chain.push(points[k]); k = previous[k]; }
    return chain.reverse();
  }

  function follow(source, target) {
    var points = sharedPoints(source, target);
    if (!points.length) { return; }
    var top = source.scrollTop + 40, i = 0;
    while (i + 1 < points.length && points[i + 1][0] <= top) { i += 1; }
    var here = points[i], next = points[i + 1], goal;
    if (top < here[0] || !next) {
      goal = here[1] + (top - here[0]);
    } else {
      var fraction = (top - here[0]) / Math.max(1, next[0] - here[0]);
      goal = here[1] + fraction * (next[1] - here[1]);
    }
    quietUntil.set(target, Date.now() + 150);
    target.scrollTop = Math.max(0, goal - 40);
  }

  function onScroll(event) {
    var source = event.currentTarget;
    if ((quietUntil.get(source) || 0) > Date.now() || (syncBox && !syncBox.checked)) { return; }
    columns.forEach(function (column) {
      if (column !== source && !column.hidden) { follow(source, column); }
    });
  }

  function chosenStems() {
    var params = new URLSearchParams(window.location.search);
    var chosen = params.getAll("docs");
    if (chosen.length) { return chosen; }
    var at = anchors.find(function (a) { return a.id === params.get("at"); });
    if (at) { return Object.keys(at.at); }
    return Array.prototype.filter.call(picker.querySelectorAll("input[name=docs]"),
      function (box) { return box.checked; }).map(function (box) { return box.value; });
  }

  function show(stems) {
    Array.prototype.forEach.call(picker.querySelectorAll("input[name=docs]"), function (box) {
      box.checked = stems.indexOf(box.value) >= 0;
    });
    columns.forEach(function (column) { column.hidden = stems.indexOf(stemOf(column)) < 0; });
    buildSwitcher();
    measure();
  }

  /* Narrow screens: one column at a time and a button per shown document. Switching keeps
     the place: the new column opens at the alignment point nearest the top of the screen. */
  var narrow = window.matchMedia("(max-width: 40rem)");
  var switcher = document.getElementById("switcher");
  var box = document.getElementById("columns");

  function activeColumn() {
    return columns.filter(function (c) { return !c.hidden && c.classList.contains("active"); })[0];
  }

  function pointInView(column) {
    var best = null, bestTop = -Infinity;
    anchors.forEach(function (anchor) {
      var id = anchor.at[stemOf(column)];
      var element = id && document.getElementById(stemOf(column) + "--" + id);
      if (!element) { return; }
      var top = element.getBoundingClientRect().top;
      if (top <= 80 && top > bestTop) { best = anchor; bestTop = top; }
    });
    return best;
  }

  function activate(column) {
    var from = activeColumn(), point = from && narrow.matches ? pointInView(from) : null;
    columns.forEach(function (c) { c.classList.toggle("active", c === column); });
    Array.prototype.forEach.call(switcher.querySelectorAll("button"), function (button) {
      button.setAttribute("aria-pressed", String(button.value === stemOf(column)));
    });
    var id = point && point.at[stemOf(column)];
    var target = id && document.getElementById(stemOf(column) + "--" + id);
    if (target) { target.scrollIntoView(); window.scrollBy(0, -60); }
  }

  function buildSwitcher() {
    if (!switcher) { return; }
    var shown = columns.filter(function (c) { return !c.hidden; });
    switcher.textContent = "";
    shown.forEach(function (column) {
      var button = document.createElement("button");
      button.type = "button";
      button.value = stemOf(column);
      button.textContent = column.querySelector(".column-title").textContent.trim();
      button.addEventListener("click", function () { activate(column); });
      switcher.appendChild(button);
    });
    switcher.hidden = shown.length < 2;
    box.classList.toggle("one-column", narrow.matches);
    activate(activeColumn() || shown[0]);
  }

  if (narrow.addEventListener) {
    narrow.addEventListener("change", function () { box.classList.toggle("one-column", narrow.matches); measure(); });
  }

  function jumpTo(anchorId) {
    var index = anchors.findIndex(function (a) { return a.id === anchorId; });
    if (index < 0) { return; }
    columns.forEach(function (column) {
      var map = positions.get(column);
      if (!column.hidden && index in map) {
        quietUntil.set(column, Date.now() + 300);
        column.scrollTop = Math.max(0, map[index] - 40);
        var element = document.getElementById(stemOf(column) + "--" + anchors[index].at[stemOf(column)]);
        if (element) { element.classList.add("synced"); }  /* the passage the columns share */
      }
    });
  }

  picker.addEventListener("change", function (event) {
    if (event.target.name === "docs") {
      show(Array.prototype.filter.call(picker.querySelectorAll("input[name=docs]"),
        function (box) { return box.checked; }).map(function (box) { return box.value; }));
    }
  });
  picker.addEventListener("submit", function (event) { event.preventDefault(); });
  columns.forEach(function (column) { column.addEventListener("scroll", onScroll, { passive: true }); });
  window.addEventListener("resize", measure);
  window.addEventListener("load", measure);  // images and fonts change the layout
  if (window.ResizeObserver) {  // so do notes opening and columns appearing
    var pending = null;
    var observer = new ResizeObserver(function () {
      if (pending === null) {
        pending = window.requestAnimationFrame(function () { pending = null; measure(); });
      }
    });
    columns.forEach(function (column) { observer.observe(column.querySelector(".column-body")); });
  }
  show(chosenStems());
  var at = new URLSearchParams(window.location.search).get("at");
  if (at) { jumpTo(at); }
  window.editionParallel = { anchors: anchors, jumpTo: jumpTo, show: show };
})();
