// An event page's chart, drawn by the browser: the Vega-Lite spec (chart-template.js, from altair) with the page's
// rows (#chart-data), by the Vega bundle vl-convert exports (vega-embed.js). No network, works from file://.
(function () {
  const el = document.getElementById("chart");
  const data = document.getElementById("chart-data");
  if (!el || !data) return;
  if (!window.vegaEmbed || !window.TOLL_CHART) {
    el.dataset.error = "the chart scripts did not load";
    el.textContent = "chart could not be drawn: " + el.dataset.error;
    return;
  }
  const spec = Object.assign({}, window.TOLL_CHART, {datasets: JSON.parse(data.textContent)});
  vegaEmbed(el, spec, {renderer: "svg", actions: {export: true, source: false, compiled: false, editor: false}})
    .then(function () {
      const svg = el.querySelector("svg");
      el.dataset.drawnWidth = svg ? svg.getBoundingClientRect().width : 0;  // read by the browser test
    })
    .catch(function (err) {
      el.dataset.error = String(err);
      el.textContent = "chart could not be drawn: " + err;
    });
})();
