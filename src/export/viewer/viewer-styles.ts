// The HTML viewer's stylesheet, inlined into the file: a quiet toolbar, the map on a light stage,
// a details panel on the right, and a print layout that puts the whole map on a landscape page.

export const VIEWER_STYLES = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:14px/1.45 'Liberation Sans',Arial,Helvetica,sans-serif;color:#0f172a;background:#f1f5f9}
body{display:grid;grid-template-rows:auto 1fr auto;overflow:hidden}
.bar{display:flex;gap:16px;align-items:center;justify-content:space-between;padding:10px 16px;background:#fff;border-bottom:1px solid #e2e8f0}
.bar h1{margin:0;font-size:18px;line-height:1.2}
.bar p{margin:2px 0 0;color:#475569;font-size:12.5px;max-width:70ch;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.bar__tools{display:flex;gap:6px;align-items:center;flex-wrap:wrap;justify-content:flex-end}
.bar button{font:inherit;font-size:13px;padding:6px 10px;border:1px solid #cbd5e1;border-radius:6px;background:#fff;color:#0f172a;cursor:pointer}
.bar button:hover{background:#f8fafc;border-color:#94a3b8}
.bar button:focus-visible,.stage:focus-visible{outline:2px solid #2563eb;outline-offset:2px}
.bar button[aria-expanded=true]{background:#eff6ff;border-color:#2563eb}
.bar output{min-width:48px;text-align:center;font-variant-numeric:tabular-nums;color:#334155}
.stage{position:relative;overflow:hidden;cursor:grab;touch-action:none}
.stage.is-panning{cursor:grabbing}
.canvas{position:absolute;left:0;top:0;transform-origin:0 0}
.canvas svg{display:block;box-shadow:0 1px 3px rgb(15 23 42/.12);background:#fff}
.canvas .tm-card,.canvas .tm-insight[data-id]{cursor:pointer}
.canvas .tm-card:hover>rect:nth-of-type(2),.canvas .tm-card.is-selected>rect:nth-of-type(2){stroke:#2563eb;stroke-width:3}
.canvas.has-selection .tm-card:not(.is-selected){opacity:.55}
.panel{position:fixed;top:64px;right:12px;bottom:40px;width:min(400px,calc(100vw - 24px));overflow:auto;background:#fff;border:1px solid #e2e8f0;border-radius:10px;box-shadow:0 10px 30px rgb(15 23 42/.18);padding:16px 18px}
.panel h2{margin:0 28px 4px 0;font-size:18px;line-height:1.25}
.panel h3{margin:16px 0 6px;font-size:11.5px;letter-spacing:.06em;text-transform:uppercase;color:#64748b}
.panel .close{position:absolute;top:10px;right:10px;border:0;background:none;font-size:20px;line-height:1;cursor:pointer;color:#475569;padding:4px 8px;border-radius:6px}
.panel .close:hover{background:#f1f5f9}
.panel .meta{color:#475569;font-size:12.5px;margin:0}
.panel ul{margin:0;padding:0;list-style:none;display:grid;gap:6px}
.panel li{padding:6px 10px;border-radius:6px;background:#f8fafc}
.panel .pain li{background:#fef2f2;border-left:3px solid #dc2626}
.panel .opportunity li{background:#ecfdf5;border-left:3px solid #059669}
.panel .chip{display:inline-block;padding:1px 8px;border-radius:999px;font-size:12px;font-weight:700}
.panel .persona{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;align-items:center}
.panel .badge{width:30px;height:30px;border-radius:50%;display:grid;place-items:center;color:#fff;font-weight:700;font-size:12px;grid-row:span 2}
.panel .persona-card{margin-top:18px;padding-top:14px;border-top:1px solid #e2e8f0}
.panel .quote{font-style:italic;color:#334155;margin:6px 0 0}
.panel svg{width:100%;height:auto}
.panel .status-green{color:#15803d}.panel .status-amber{color:#b45309}.panel .status-red{color:#b91c1c}.panel .status-none{color:#475569}
.hint{margin:0;padding:6px 16px;font-size:12px;color:#64748b;background:#fff;border-top:1px solid #e2e8f0}
@media print{
  @page{size:landscape;margin:10mm}
  html,body{height:auto;overflow:visible;background:#fff;display:block}
  .bar__tools,.panel,.hint{display:none!important}
  .bar{border:0;padding:0 0 8px}
  .stage{overflow:visible}
  .canvas{position:static;transform:none!important}
  .bar p{white-space:normal;max-width:none}
  /* The whole map on the first page: as wide as the page, or as tall as fits under the title. */
  .canvas svg{width:auto;height:auto;max-width:100%;max-height:165mm;box-shadow:none}
}
`
