// Shared by the dashboard's pages: who is signed in, fetching JSON, tables in Vietnamese format,
// export links, live updates. Every number and date is formatted here, the Vietnamese way.
'use strict';
const cds = (() => {
  const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
  const momentParts = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Ho_Chi_Minh' });
  /** dd/MM/yyyy HH:mm in Vietnam time, in that order whatever the browser's own habit. */
  function moment(date) {
    const p = Object.fromEntries(momentParts.formatToParts(date).map(x => [x.type, x.value]));
    return p.day + '/' + p.month + '/' + p.year + ' ' + p.hour + ':' + p.minute;
  }
  const STATUS = { MET: 'Đạt', AT_RISK: 'Có nguy cơ', BELOW: 'Chưa đạt', NO_DATA: 'Chưa có dữ liệu', NOT_APPLICABLE: 'Không áp dụng', TREND: 'Theo dõi' };
  let session = null;

  function day(iso) { // 2026-11-25 → 25/11/2026, without time-zone shifts
    const [y, m, d] = iso.split('-');
    return d + '/' + m + '/' + y;
  }
  function cell(kind, value) {
    if (value === null || value === undefined || value === '') return '';
    switch (kind) {
      case 'NUMBER': return number.format(value);
      case 'DAY': return day(value);
      case 'MOMENT': return moment(new Date(value));
      case 'STATUS': return STATUS[value] || value;
      default: return String(value);
    }
  }
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => { if (v !== null && v !== undefined) e.setAttribute(k, v); });
    children.flat().forEach(c => e.append(c instanceof Node ? c : document.createTextNode(c ?? '')));
    return e;
  }
  async function json(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (response.status === 401) { location.href = '/dang-nhap?tiep=' + encodeURIComponent(location.pathname + location.search); throw new Error('401'); }
    let body;
    try { body = await response.json(); } catch (e) { body = { loi: 'Máy chủ trả lời không đúng dạng (mã ' + response.status + ').' }; }
    if (!response.ok) throw new Error(body.loi || ('Lỗi ' + response.status));
    return body;
  }
  async function who() {
    if (!session) session = await json('/api/phien');
    return session;
  }
  async function post(url, body) {
    const me = await who();
    return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf }, body: JSON.stringify(body || {}) });
  }
  /** The header's navigation, by role, and the sign-out button. */
  async function header(active) {
    const me = await who();
    const nav = document.getElementById('nav');
    if (!nav) return me;
    const links = [];
    if (me.role === 'PROVINCE_ANALYST' || me.role === 'UNIT_REVIEWER') links.push(['/tong-quan', 'Tổng quan']);
    if (me.role === 'COMMUNE_OFFICER') links.push(['/xa/' + me.unit, 'Xã của tôi']);
    if (me.role !== 'REPORTING_BODY') links.push(['/canh-bao', 'Cảnh báo & độ mới dữ liệu']);
    if (me.role !== 'REPORTING_BODY') links.push(['/khai-bao', 'Khai báo']);
    if (me.role === 'PROVINCE_ANALYST' || me.role === 'UNIT_REVIEWER') links.push(['/bao-cao', 'Báo cáo']);
    if (me.role === 'PROVINCE_ANALYST' || me.role === 'REPORTING_BODY') links.push(['/nop-bao-cao', 'Nộp báo cáo tháng']);
    if (me.role === 'PROVINCE_ANALYST') links.push(['/', 'Trạng thái hệ thống']);
    nav.replaceChildren(...links.map(([href, text]) => el('a', { href, class: href === active ? 'active' : null }, text)),
      el('span', { class: 'who' }, me.name + ' · ' + me.roleName),
      (() => { const b = el('button', { id: 'dang-xuat', type: 'button' }, 'Đăng xuất');
        b.onclick = async () => { await post('/api/dang-xuat'); location.href = '/dang-nhap'; }; return b; })());
    return me;
  }
  /** A table of the API with its export links; cells may be turned into links by a column key, rows given a class (rowClass), a last cell added (extra). */
  function table(target, data, exportBase, options) {
    const opts = options || {};
    const box = typeof target === 'string' ? document.getElementById(target) : target;
    const head = el('tr', {}, data.columns.map(c => el('th', { class: c.kind === 'NUMBER' ? 'num' : null }, c.label)),
      opts.extra ? el('th', {}, opts.extraLabel || '') : []);
    const body = data.rows.map((row, i) => el('tr', { class: opts.rowClass ? opts.rowClass(row) : null }, data.columns.map(c => {
      const text = cell(c.kind, row[c.key]);
      const td = el('td', { class: (c.kind === 'NUMBER' ? 'num' : '') + (c.kind === 'DAY' || c.kind === 'MOMENT' ? 'when' : '') + (c.kind === 'STATUS' ? ' st ' + row[c.key] : '') });
      const link = opts.links && opts.links[c.key] ? opts.links[c.key](row) : null;
      td.append(link ? el('a', { href: link }, text) : text);
      return td;
    }), opts.extra ? el('td', { class: 'actions' }, opts.extra(row, i)) : []));
    const exports = exportBase ? el('p', { class: 'exports' }, 'Xuất bảng: ',
      el('a', { href: exportBase.replace('{bang}', data.name + '.csv'), download: '' }, 'CSV'), ' · ',
      el('a', { href: exportBase.replace('{bang}', data.name + '.xlsx'), download: '' }, 'XLSX')) : '';
    box.replaceChildren(el('div', { class: 'scroll' }, el('table', { 'data-table': data.name }, el('thead', {}, head), el('tbody', {}, body))),
      data.rows.length === 0 ? el('p', { class: 'empty' }, 'Chưa có số liệu.') : '', exports);
  }
  /** Calls refresh whenever the server says a newer value was computed (server-sent events). */
  function live(refresh) {
    const state = document.getElementById('live');
    const source = new EventSource('/api/truc-tiep');
    source.addEventListener('hello', () => { if (state) { state.textContent = '● Trực tiếp'; state.className = 'up'; } });
    source.addEventListener('changed', () => refresh());
    source.onerror = () => { if (state) { state.textContent = '○ Mất kết nối trực tiếp, đang thử lại…'; state.className = 'down'; } };
    return source;
  }
  function fail(error) {
    const box = document.getElementById('error');
    if (box) { box.textContent = error.message; box.hidden = false; }
  }
  function query(params) {
    const q = new URLSearchParams();
    Object.entries(params).forEach(([k, v]) => { if (v !== null && v !== undefined && v !== '') q.set(k, v); });
    return q.toString();
  }
  /** Fills the set, year and window choices from the API's selection. */
  function selectionControls(selection, onChange) {
    const set = document.getElementById('bo'), year = document.getElementById('nam'), window = document.getElementById('ky');
    set.replaceChildren(...selection.sets.map(s => el('option', { value: s.id }, s.title)));
    set.value = selection.set;
    const years = (selection.sets.find(s => s.id === selection.set) || { years: [selection.year] }).years;
    year.replaceChildren(...years.map(y => el('option', { value: y }, String(y))));
    year.value = selection.year;
    window.replaceChildren(...selection.windows.map(w => el('option', { value: w.code }, w.label)));
    window.value = selection.window;
    [set, year, window].forEach(s => s.onchange = () => {
      if (s === set) year.value = '';
      onChange();
    });
  }
  return { cell, el, json, who, post, header, table, live, fail, query, selectionControls, STATUS, number, day };
})();
