(function () {
  "use strict";
  var table = document.getElementById("kol-table");
  if (!table) { return; }
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var search = document.getElementById("kol-search");
  var verdict = document.getElementById("kol-verdict");
  var tier = document.getElementById("kol-tier");
  var count = document.getElementById("kol-count");

  function key(row, col, numeric) {
    var cell = row.cells[col];
    var v = cell.getAttribute("data-sort");
    if (v === null) { v = cell.textContent.trim(); }
    if (v === "") { return null; }
    if (numeric) {
      var x = parseFloat(v);
      return isNaN(x) ? null : x;
    }
    return v.toLowerCase();
  }

  function sortBy(col, numeric, dir) {
    var order = rows.map(function (r, i) { return i; });
    var keys = rows.map(function (r) { return key(r, col, numeric); });
    order.sort(function (a, b) {
      var x = keys[a], y = keys[b];
      if (x === null && y === null) { return a - b; }
      if (x === null) { return 1; }
      if (y === null) { return -1; }
      var c = numeric ? x - y : x.localeCompare(y);
      return c !== 0 ? dir * c : a - b;
    });
    rows = order.map(function (i) { return rows[i]; });
    texts = order.map(function (i) { return texts[i]; });
    var frag = document.createDocumentFragment();
    rows.forEach(function (r) { frag.appendChild(r); });
    tbody.appendChild(frag);
  }

  heads.forEach(function (th, col) {
    th.tabIndex = 0;
    function activate() {
      var numeric = th.getAttribute("data-type") === "number";
      var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
      if (!th.hasAttribute("aria-sort") && th.getAttribute("data-first") === "descending") { dir = -1; }
      heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
      sortBy(col, numeric, dir);
    }
    th.addEventListener("click", activate);
    th.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); activate(); }
    });
  });

  function filter() {
    var q = search ? search.value.trim().toLowerCase() : "";
    var v = verdict ? verdict.value : "";
    var t = tier ? tier.value : "";
    var shown = 0;
    rows.forEach(function (r, i) {
      var keep = (v === "" || r.getAttribute("data-verdict") === v)
        && (t === "" || r.getAttribute("data-tier") === t)
        && (q === "" || texts[i].indexOf(q) >= 0);
      r.hidden = !keep;
      if (keep) { shown++; }
    });
    if (count) { count.textContent = shown + " of " + rows.length + " KOLs shown"; }
  }
  [search, verdict, tier].forEach(function (el) {
    if (el) { el.addEventListener("input", filter); el.addEventListener("change", filter); }
  });
  filter();
})();
