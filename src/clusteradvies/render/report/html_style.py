"""The report's stylesheet, inlined into every HTML report so that the file stands alone.

System fonts only (nothing to fetch), text colours of at least 4.5:1 on their backgrounds, a
single column that narrows to a phone, and print rules that break pages only between the
parts of an advice item, a case or a table row (and force no page break) and keep the band
colours that the chart and badges rely on.
"""

from __future__ import annotations

CSS = """
:root {
  --ink: #1f2933; --muted: #52606d; --rule: #d9dee3; --paper: #fff; --wash: #eef1f4;
  --accent: #1d4e89; --heading: #102a43;
  --zwak: #9b1c1c; --zwak-bg: #fbe9e9; --zwak-bar: #c53030;
  --aandacht: #8a4b08; --aandacht-bg: #fcf2dc; --aandacht-bar: #b7791f;
  --sterk: #1e6b43; --sterk-bg: #e4f3ea; --sterk-bar: #2f855a;
  --none: #4b5563; --none-bg: #eef0f3; --none-bar: #9aa5b1;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: var(--wash); color: var(--ink);
  font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    sans-serif;
}
.report {
  max-width: 52rem; margin: 2rem auto; padding: 3rem 3.5rem; background: var(--paper);
  border-radius: 8px; box-shadow: 0 1px 4px rgba(16, 42, 67, .12);
}
h1, h2, h3 { color: var(--heading); line-height: 1.25; }
h1 { font-size: 2rem; margin: .25rem 0 .35rem; overflow-wrap: anywhere; }
h2 {
  font-size: 1.3rem; margin: 2.75rem 0 1rem; padding-bottom: .35rem;
  border-bottom: 2px solid var(--accent);
}
h3 { font-size: 1.05rem; margin: 0; }
p { margin: .4rem 0; }
a { color: var(--accent); }
.kicker {
  margin: 0; color: var(--accent); font-size: .78rem; font-weight: 700;
  letter-spacing: .09em; text-transform: uppercase;
}
.meta { margin: 0 0 1.5rem; color: var(--muted); }
.verdict {
  display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem;
  padding: 1rem 1.25rem; border-left: 6px solid var(--none-bar); border-radius: 6px;
  background: var(--none-bg);
}
.verdict .number { font-size: 3rem; font-weight: 700; line-height: 1; }
.verdict .of { font-size: 1.1rem; color: var(--muted); }
.verdict .caption { margin: 0; color: var(--muted); font-size: .85rem; }
.verdict .band { margin: 0; font-size: 1.25rem; font-weight: 700; }
.verdict.band-zwak { background: var(--zwak-bg); border-color: var(--zwak-bar); }
.verdict.band-aandacht { background: var(--aandacht-bg); border-color: var(--aandacht-bar); }
.verdict.band-sterk { background: var(--sterk-bg); border-color: var(--sterk-bar); }
.band-zwak .band, .band-zwak .number { color: var(--zwak); }
.band-aandacht .band, .band-aandacht .number { color: var(--aandacht); }
.band-sterk .band, .band-sterk .number { color: var(--sterk); }
.summary { margin: 1.25rem 0 0; }
.summary dt { font-weight: 700; }
.summary dd { margin: 0 0 .5rem; }
.howto { margin-top: 2rem; padding: 1rem 1.25rem; background: #f6f8fa; border-radius: 6px; }
.howto h2 { margin: 0 0 .5rem; border: 0; padding: 0; font-size: 1rem; }
.howto p { font-size: .95rem; color: #323f4b; }
.intro { color: var(--muted); }
figure { margin: 0 0 1.25rem; }
.chart { display: block; max-width: 44rem; height: auto; fill: var(--ink); }
.chart text { font-size: 15px; }
.chart .label { font-weight: 600; }
.chart .value { font-weight: 700; }
.chart .zone { font-size: 13px; font-weight: 700; }
.chart .tick { font-size: 12px; fill: var(--muted); }
.chart .band-label { font-size: 13px; font-weight: 600; }
.pill {
  display: inline-block; padding: .05rem .55rem; border-radius: 999px;
  font-size: .85rem; font-weight: 600; white-space: nowrap;
  color: var(--none); background: var(--none-bg);
}
.pill.band-zwak { color: var(--zwak); background: var(--zwak-bg); }
.pill.band-aandacht { color: var(--aandacht); background: var(--aandacht-bg); }
.pill.band-sterk { color: var(--sterk); background: var(--sterk-bg); }
table { width: 100%; border-collapse: collapse; font-size: .95rem; }
th, td {
  padding: .55rem .6rem; border-bottom: 1px solid var(--rule); text-align: left;
  vertical-align: top;
}
th {
  color: var(--muted); font-size: .75rem; letter-spacing: .05em; text-transform: uppercase;
}
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.factors { display: block; color: var(--muted); font-size: .88rem; }
.advice, .gaps, .cases { margin: 0; padding: 0; list-style: none; }
.advice > li, .cases > li {
  margin: 0 0 1rem; padding: 1rem 1.25rem; border: 1px solid var(--rule); border-radius: 6px;
}
.advice h3 { display: flex; gap: .75rem; align-items: flex-start; }
.rank {
  flex: none; display: inline-flex; align-items: center; justify-content: center;
  width: 1.75rem; height: 1.75rem; border-radius: 50%; background: var(--accent);
  color: #fff; font-size: .9rem;
}
.detail { color: #323f4b; }
.tag {
  display: block; margin-top: .75rem; color: var(--muted); font-size: .75rem; font-weight: 700;
  letter-spacing: .06em; text-transform: uppercase;
}
.why > li { margin: .2rem 0 .5rem; }
.why, .lessons { margin: .2rem 0; padding-left: 1.2rem; list-style: disc; }
.answers {
  margin: .3rem 0 0; padding: .1rem 0 .1rem .8rem; list-style: none;
  border-left: 3px solid var(--rule); font-size: .92rem;
}
.answers .q { color: var(--muted); }
.answers .a, .appendix .a { font-weight: 600; }
.note { display: block; color: var(--muted); font-style: italic; overflow-wrap: anywhere; }
.where { margin-top: .75rem; font-size: .92rem; }
.gaps { counter-reset: gap; }
.gaps > li {
  position: relative; padding: .55rem 0 .55rem 2.25rem; border-bottom: 1px solid var(--rule);
  counter-increment: gap;
}
.gaps > li::before {
  content: counter(gap); position: absolute; left: 0; top: .55rem; width: 1.6rem;
  color: var(--accent); font-weight: 700; text-align: right;
}
.gaps p { margin: 0; }
.gaps .impact, .gaps .hint { color: var(--muted); font-size: .9rem; }
.sources { margin: 0; padding: 0; list-style: none; }
.sources li { display: flex; gap: 1rem; padding: .3rem 0; border-bottom: 1px solid var(--rule); }
.sources .id { flex: 0 0 10.5rem; font-weight: 700; white-space: nowrap; }
.appendix td:first-child { width: 58%; }
figcaption { margin-top: .35rem; color: var(--muted); font-size: .88rem; }
.prio { color: var(--muted); white-space: nowrap; }
/* A combined assessment: where the partners differ. */
h3.sub { margin: 2rem 0 .5rem; font-size: 1.1rem; }
.advice h4 {
  display: flex; gap: .75rem; align-items: flex-start; margin: 0; color: var(--heading);
  font-size: 1.05rem; line-height: 1.25;
}
.disagreements > li { border-left: 4px solid var(--aandacht-bar); }
.disagreements .rank { background: var(--aandacht); }
.choice { margin: .3rem 0 0 2.5rem; color: var(--muted); font-size: .92rem; }
.positions { margin: .75rem 0 .25rem; font-size: .93rem; }
.positions th, .positions td { padding: .3rem .9rem .3rem 0; }
.positions th {
  width: 28%; color: var(--ink); font-size: .93rem; font-weight: 600; letter-spacing: 0;
  text-transform: none; overflow-wrap: break-word;
}
.positions .counted th, .positions .counted td {
  border-bottom: 0; border-top: 2px solid var(--rule); color: var(--muted);
}
.positions .counted th { font-weight: 400; font-style: italic; }
.scroll { overflow-x: auto; }
.scores thead th {
  color: var(--ink); font-size: .85rem; letter-spacing: 0; text-transform: none;
  overflow-wrap: break-word;
}
.scores td.num, .scores th.num { width: 14%; text-align: center; }
.scores .shared { background: #f6f8fa; }
.scores .pill { min-width: 2.6rem; text-align: center; }
.scores tr.total td { border-bottom: 2px solid var(--rule); font-weight: 700; }
.kgaps { margin: 0; padding: 0; list-style: none; }
.kgaps li { padding: .5rem 0; border-bottom: 1px solid var(--rule); }
.kgaps p { margin: 0; }
.kgaps .who { color: var(--muted); font-size: .92rem; overflow-wrap: anywhere; }
.appendix.combined td:first-child { width: 45%; }
.by-partner {
  margin: .3rem 0 0; padding: 0 0 0 .6rem; list-style: none; font-size: .9rem;
  border-left: 3px solid var(--rule);
}
.by-partner li { color: var(--muted); }
.by-partner .who { color: var(--ink); overflow-wrap: anywhere; }
.by-partner .note { display: inline; margin-left: .35rem; }
.unknown { color: var(--muted); font-style: italic; }
footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--rule);
  color: var(--muted); font-size: .85rem; }
@media (max-width: 40rem) {
  body { background: var(--paper); font-size: 15px; }
  .report { margin: 0; padding: 1.25rem 1rem 2rem; border-radius: 0; box-shadow: none; }
  h1 { font-size: 1.5rem; }
  h2 { margin-top: 2rem; }
  /* The chart shrinks to about half size on a phone; its text grows back to stay legible. */
  .chart .label, .chart .value { font-size: 25px; }
  .chart .nodata, .chart .zone { font-size: 22px; }
  .chart .tick { font-size: 21px; }
  .chart .band-label { display: none; }
  /* The chart above already names the columns; without the header, and with badges that may
     wrap, the category and its factors get the width. */
  .profile thead { display: none; }
  .profile td { padding: .55rem .3rem; }
  .profile .pill { white-space: normal; text-align: center; border-radius: .6rem; }
  .advice > li, .cases > li { padding: .85rem .9rem; }
  .sources li { flex-direction: column; gap: 0; }
  .sources .id { flex: none; }
  .appendix td:first-child, .appendix.combined td:first-child { width: auto; }
  /* With every partner's answer under the shared one, the answer needs the full width. */
  .appendix.combined thead { display: none; }
  .appendix.combined tr { display: block; padding: .5rem 0; border-bottom: 1px solid var(--rule); }
  .appendix.combined td { display: block; padding: .1rem .2rem; border: 0; }
  .appendix.combined td:first-child { color: var(--muted); font-size: .92rem; }
  .choice { margin-left: 0; }
  .positions { width: 100%; }
  .scores th, .scores td { padding: .45rem .2rem; }
  .scores thead th { font-size: .75rem; }
  .scores .pill { min-width: 2.2rem; padding: .05rem .35rem; }
}
@media print {
  /* Paper: smaller type and tighter cards, so that five pieces of advice take a few pages.
     A case, a table row or the verdict is kept on one page; a long advice card may continue
     on the next page, but never inside its heading, a reason or a line of sources, and its
     heading never ends a page. Nothing forces a new page (not even the appendix): a section
     starts where the previous one ends, so no page is left half empty. */
  @page { margin: 14mm 14mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { background: #fff; font-size: 9.5pt; line-height: 1.45; }
  .report { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  h1 { font-size: 1.6rem; }
  h2 { margin: 1.6rem 0 .6rem; font-size: 1.15rem; break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; }
  .howto { margin-top: 1rem; padding: .6rem .9rem; }
  .chart { max-width: 28rem; }
  .advice > li, .cases > li { margin: 0 0 .6rem; padding: .6rem .8rem; }
  .cases > li, .gaps > li, .kgaps li, figure, tr, .verdict,
  .advice h3, .advice .detail, .why > li, .where {
    break-inside: avoid; page-break-inside: avoid;
  }
  .advice .tag { break-after: avoid; }
  .scroll { overflow: visible; }
  a { color: inherit; text-decoration: none; }
}
"""
