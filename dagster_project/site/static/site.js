// The index table: click a header to sort, type to filter. Plain DOM, no library: about 30 lines.
(function () {
  const table = document.getElementById("events");
  if (!table) return;
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const filter = document.getElementById("filter");
  const shown = document.getElementById("shown");
  function value(row, i, type) {
    const cell = row.cells[i];
    const raw = cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim();
    return type === "num" ? (parseFloat(raw.replace(/,/g, "")) || 0) : raw.toLowerCase();
  }
  Array.from(table.tHead.rows[0].cells).forEach(function (th, i) {
    th.addEventListener("click", function () {
      const asc = th.getAttribute("aria-sort") !== "ascending";
      Array.from(table.tHead.rows[0].cells).forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      const type = th.dataset.type;
      rows.slice().sort(function (a, b) {
        const x = value(a, i, type), y = value(b, i, type);
        return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1);
      }).forEach(function (r) { body.appendChild(r); });
    });
  });
  function apply() {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    let n = 0;
    rows.forEach(function (r) {
      const text = r.textContent.toLowerCase();
      r.hidden = !words.every(function (w) { return text.includes(w); });
      if (!r.hidden) n++;
    });
    shown.textContent = n + " of " + rows.length + " shown";
  }
  filter.addEventListener("input", apply);
  const q = new URLSearchParams(location.search).get("q");
  if (q) filter.value = q;
  apply();
})();
