// CAMBIUM dashboard: renders report sections from the JSON API; charts with ECharts (served from the jar).
'use strict';

const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7', '#F0E442', '#000000'];

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c == null) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function fmt(v) {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number') return String(v);
  if (Number.isInteger(v) && Math.abs(v) < 10000) return String(v);
  const a = Math.abs(v);
  const digits = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 1 ? 2 : 4;
  return v.toLocaleString('en-GB', {maximumFractionDigits: digits}).replace(/,/g, '\u2009');
}

async function getJson(url, opts) {
  const r = await fetch(url, opts);
  const body = await r.json().catch(() => ({error: 'the server sent no JSON (' + r.status + ')'}));
  return {status: r.status, body};
}

function renderTable(b) {
  const head = el('tr', {}, ...b.columns.map(c => el('th', {}, c)));
  const rows = b.rows.map(r => el('tr', {}, ...r.map(v => {
    if (v === null) return el('td', {class: 'missing', title: 'missing'}, ':');
    return typeof v === 'number' ? el('td', {class: 'num'}, fmt(v)) : el('td', {}, v);
  })));
  return el('div', {class: 'table-block', id: 'table-' + b.id, 'data-table': b.id},
    el('h3', {}, b.title),
    el('div', {class: 'downloads'},
      el('a', {href: b.csv, download: b.id + '.csv', class: 'download-csv'}, 'Download CSV'),
      el('a', {href: b.xlsx, download: b.id + '.xlsx', class: 'download-xlsx'}, 'Download XLSX'),
      el('span', {class: 'src'}, b.rows.length + ' rows')),
    el('div', {class: 'scroll'}, el('table', {}, el('thead', {}, head), el('tbody', {}, ...rows))),
    b.note ? el('p', {class: 'note'}, b.note) : null,
    b.sources.length ? el('p', {class: 'src'}, 'Source: ' + b.sources.join('; ')) : null);
}

function axisName(label, unit) {
  return unit && !label.includes('(' + unit + ')') ? label + ' (' + unit + ')' : label;
}

function chartOption(c) {
  const base = {
    color: PALETTE,
    animation: false,
    title: {text: c.title, left: 0, textStyle: {fontSize: 15}},
    tooltip: {trigger: c.kind === 'scatter' || c.kind === 'sankey' ? 'item' : 'axis'},
    legend: {bottom: 0, type: 'scroll'},
    grid: {left: 70, right: 30, top: 50, bottom: 60},
    toolbox: {feature: {saveAsImage: {title: 'PNG', name: c.id}}},
  };
  if (c.kind === 'area') {
    // Stacked areas on a true value axis (years keep their spacing): the stack is computed here and
    // each layer is filled down to zero, lower layers drawn on top. A value missing for a series at
    // some x is not replaced: that layer adds nothing there and the tooltip shows it as missing.
    const xs = [...new Set(c.series.flatMap(s => s.x))].sort((a, b) => a - b);
    const cum = xs.map(() => 0);
    const layers = c.series.map(s => {
      const byX = new Map(s.x.map((x, i) => [x, s.y[i]]));
      return xs.map((x, j) => {
        const v = byX.has(x) ? byX.get(x) : null;
        if (v !== null) cum[j] += v;
        return [x, cum[j], v];
      });
    });
    return Object.assign(base, {
      tooltip: {trigger: 'axis', formatter: ps => String(ps[0].data[0]) + '<br>' + ps.map(p =>
        p.marker + p.seriesName + ': ' + (p.data[2] === null ? ':' : fmt(p.data[2]))).join('<br>')},
      xAxis: {type: 'value', name: c.xLabel, nameLocation: 'middle', nameGap: 28, min: 'dataMin', max: 'dataMax',
              axisLabel: {formatter: v => String(v)}},
      yAxis: {type: 'value', name: axisName(c.yLabel, c.unit)},
      series: c.series.map((s, i) => ({name: s.name, type: 'line', showSymbol: false, z: c.series.length - i + 2,
        lineStyle: {width: 1}, areaStyle: {opacity: 1}, data: layers[i]})),
    });
  }
  if (c.kind === 'line') {
    // monthly series (x label "... monthly ...") carry months as decimal years: 2024.5 = 2024-07
    const monthly = /monthly/i.test(c.xLabel);
    const fmt = v => (monthly && !Number.isInteger(v)
      ? Math.floor(v) + '-' + String(Math.round((v - Math.floor(v)) * 12) + 1).padStart(2, '0') : String(v));
    return Object.assign(base, {
      xAxis: {type: 'value', name: c.xLabel, nameLocation: 'middle', nameGap: 28, min: 'dataMin', max: 'dataMax',
              axisLabel: {formatter: fmt}, axisPointer: {label: {formatter: p => fmt(p.value)}}},
      yAxis: {type: 'value', name: axisName(c.yLabel, c.unit)},
      series: c.series.map(s => ({name: s.name, type: 'line', showSymbol: s.x.length < 40, connectNulls: false,
        stack: c.kind === 'area' ? 'total' : undefined, areaStyle: c.kind === 'area' ? {} : undefined,
        data: s.x.map((x, i) => [x, s.y[i]])})),
    });
  }
  if (c.kind === 'bar') {
    const cat = {type: 'category', data: c.categories, name: c.xLabel};
    const val = {type: 'value', name: axisName(c.yLabel, c.unit)};
    return Object.assign(base, {
      xAxis: c.horizontal ? val : cat, yAxis: c.horizontal ? cat : val,
      series: c.series.map(s => ({name: s.name, type: 'bar', stack: c.stacked ? 'total' : undefined, data: s.y})),
    });
  }
  if (c.kind === 'scatter') {
    const groups = [...new Set(c.points.map(p => p.group))];
    const marks = [];
    if (c.xThreshold != null) marks.push({xAxis: c.xThreshold, name: 'threshold'});
    if (c.yThreshold != null) marks.push({yAxis: c.yThreshold, name: 'threshold'});
    return Object.assign(base, {
      tooltip: {trigger: 'item', formatter: p => p.data[2] + ' (' + p.seriesName + '): ' + fmt(p.data[0]) + ', ' + fmt(p.data[1])},
      xAxis: {type: 'value', name: c.xLabel, nameLocation: 'middle', nameGap: 28},
      yAxis: {type: 'value', name: c.yLabel},
      series: groups.map((g, i) => ({name: g, type: 'scatter', symbolSize: 9,
        label: {show: true, position: 'top', formatter: p => p.data[2], fontSize: 10},
        data: c.points.filter(p => p.group === g).map(p => [p.x, p.y, p.label]),
        markLine: i === 0 && marks.length ? {silent: true, symbol: 'none', lineStyle: {type: 'dashed', color: '#D55E00'}, data: marks} : undefined})),
    });
  }
  if (c.kind === 'sankey') {
    const names = new Set();
    c.flows.forEach(f => { names.add(f.from); names.add(f.to); });
    return Object.assign(base, {
      legend: undefined, grid: undefined,
      series: [{type: 'sankey', top: 50, bottom: 20, emphasis: {focus: 'adjacency'},
        data: [...names].map(n => ({name: n})),
        links: c.flows.map(f => ({source: f.from, target: f.to, value: f.value}))}],
    });
  }
  return base;
}

function renderChart(c) {
  const box = el('div', {class: 'chart', id: 'chart-' + c.id, 'data-chart': c.id, role: 'img', 'aria-label': c.title});
  const foot = el('p', {class: 'chart-foot'}, 'Unit: ' + c.unit + (c.sources.length ? '. Source: ' + c.sources.join('; ') : ''));
  const wrap = el('figure', {}, box, foot);
  requestAnimationFrame(() => {
    const chart = echarts.init(box, null, {renderer: 'svg'});
    chart.setOption(chartOption(c));
    box.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', () => chart.resize());
  });
  return wrap;
}

async function showSection(id) {
  const main = document.getElementById('main');
  const {status, body} = await getJson('/api/sections/' + encodeURIComponent(id));
  main.replaceChildren();
  if (status !== 200) {
    main.append(el('div', {class: 'notice'}, body.error || 'This page could not be loaded.'));
    return;
  }
  main.append(el('h1', {}, body.title));
  for (const b of body.blocks) {
    if (b.type === 'paragraph') main.append(el('p', {}, b.text));
    else if (b.type === 'notice') main.append(el('div', {class: 'notice', role: 'note'}, b.text));
    else if (b.type === 'table') main.append(renderTable(b));
    else if (b.type === 'chart') main.append(renderChart(b));
  }
  document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('active', a.dataset.section === id));
  main.setAttribute('data-section', id);
}

async function init() {
  const {body} = await getJson('/api/report');
  document.getElementById('report-title').textContent = body.title;
  const nav = document.getElementById('nav');
  nav.replaceChildren(...body.sections.map(s => el('a', {href: s.href, 'data-section': s.id}, s.title)));
  document.getElementById('footer').textContent = 'Generated ' + body.generated + '. ' + body.sources.length
    + ' sources; every table downloads as CSV or XLSX. API: /api/report, /api/sections/{id}, /api/tables/{id}.csv';
  const m = location.pathname.match(/^\/page\/([a-z0-9_]+)$/);
  await showSection(m ? m[1] : body.sections[0].id);
}

async function upload(ev) {
  ev.preventDefault();
  const out = document.getElementById('upload-result');
  const f = document.getElementById('upload-file').files[0];
  if (!f) { out.replaceChildren(el('p', {class: 'error'}, 'Choose a zipped data package first.')); return; }
  const data = new FormData();
  data.append('package', f, f.name);
  out.replaceChildren(el('p', {}, 'Validating…'));
  const {status, body} = await getJson('/api/packages', {method: 'POST', body: data});
  if (body.error) { out.replaceChildren(el('p', {class: 'error', id: 'upload-error'}, body.error)); return; }
  const list = el('ul', {class: 'issues', id: 'upload-issues'},
    ...body.issues.map(i => el('li', {}, (i.location ? i.location + ': ' : '') + i.severity + ' ' + i.code + ' ' + i.message)));
  out.replaceChildren(el('p', {class: body.valid ? 'ok' : 'error', id: 'upload-status'},
    body.valid ? body.name + ' is valid and will be used when you recompute.' : body.name + ' has ' + body.issues.length + ' problem(s):'), list);
}

async function recompute() {
  const bar = document.getElementById('recompute-progress');
  const log = document.getElementById('recompute-log');
  bar.hidden = false; bar.value = 0;
  const {body} = await getJson('/api/recompute', {method: 'POST'});
  for (;;) {
    const r = await getJson(body.status);
    bar.value = r.body.progress;
    log.replaceChildren(...r.body.log.map(l => el('div', {}, l)));
    if (r.body.state !== 'running') {
      log.append(el('div', {class: r.body.state === 'done' ? 'ok' : 'error', id: 'recompute-state'},
        r.body.state === 'done' ? 'Done.' : 'Failed: ' + r.body.error));
      break;
    }
    await new Promise(res => setTimeout(res, 300));
  }
  await init();
}

document.getElementById('upload-form').addEventListener('submit', upload);
document.getElementById('recompute-button').addEventListener('click', recompute);
init();
