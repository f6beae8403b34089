// The declaration page: the form of the chosen commune, set and year drawn from /api/khai-bao,
// one declaration sent as multipart with its evidence documents, and what was received so far.
'use strict';
(() => {
  const el = cds.el;
  const params = new URLSearchParams(location.search);
  const state = { data: null };
  const KIND = { YES_NO: 'Có/Không', COUNT: 'Số lượng', COUNT_OF_WHOLE: 'Số lượng trên tổng số', WHOLE_ONLY: 'Tổng số' };
  const result = document.getElementById('result');
  function show(text, ok) { result.textContent = text; result.className = ok ? 'up' : 'down'; }
  function megabytes(bytes) { return cds.number.format(bytes / 1048576) + ' MB'; }

  async function load() {
    const q = cds.query({ xa: params.get('xa'), bo: params.get('bo'), nam: params.get('nam') });
    let data;
    try { data = await cds.json('/api/khai-bao' + (q ? '?' + q : '')); } catch (e) { cds.fail(e); return; }
    state.data = data;
    const me = await cds.who();
    const xa = document.getElementById('xa'), bo = document.getElementById('bo'), nam = document.getElementById('nam');
    if (me.role !== 'COMMUNE_OFFICER') {
      document.getElementById('xa-box').hidden = false;
      xa.replaceChildren(el('option', { value: '' }, '— Chọn xã, phường —'), ...data.xaChon.map(c => el('option', { value: c.ma }, c.ten + ' (' + c.ma + ')')));
      xa.value = data.xa || '';
    }
    bo.replaceChildren(...data.cacBo.map(s => el('option', { value: s.id }, s.title)));
    bo.value = data.bo;
    const years = data.cacBo.find(s => s.id === data.bo).years;
    nam.replaceChildren(...years.map(y => el('option', { value: y }, String(y))));
    nam.value = data.nam;
    const go = () => { const p = cds.query({ xa: xa.value || params.get('xa'), bo: bo.value, nam: bo.value === data.bo ? nam.value : '' }); location.search = p; };
    [xa, bo, nam].forEach(s => s.onchange = go);
    document.getElementById('sub').textContent = data.tenXa ? data.tenXa + ' (mã ' + data.xa + ') — năm ' + data.nam : 'Chọn xã, phường để khai báo hoặc xem khai báo đã nhận';
    const canDeclare = data.coTheKhaiBao && data.xa;
    document.getElementById('form-box').hidden = !canDeclare;
    document.getElementById('read-only').hidden = data.coTheKhaiBao;
    if (canDeclare) buildForm(data);
    received(data);
  }

  function buildForm(data) {
    const ma = document.getElementById('ma');
    ma.replaceChildren(el('option', { value: '' }, '— Chọn chỉ tiêu —'),
      ...data.chiTieu.map(i => el('option', { value: i.code }, i.code + '. ' + i.name + ' (' + KIND[i.kind] + ')')));
    ma.onchange = () => fields(data.chiTieu.find(i => i.code === ma.value));
    document.getElementById('gioi-han').textContent = 'Tối đa ' + data.soMinhChungToiDa + ' tệp, mỗi tệp không quá ' + megabytes(data.gioiHanMinhChung) + '. Khai báo “Có” phải kèm ít nhất một tệp.';
    document.getElementById('docs').replaceChildren(docRow());
    document.getElementById('them-tep').onclick = () => {
      const docs = document.getElementById('docs');
      if (docs.children.length < data.soMinhChungToiDa) docs.append(docRow());
    };
    fields(null);
  }

  function docRow() {
    const n = document.querySelectorAll('.doc').length + 1;
    return el('div', { class: 'doc' },
      el('input', { type: 'file', name: 'minhChung', 'aria-label': 'Tệp minh chứng ' + n, accept: '.pdf,.jpg,.jpeg,.png,.docx,.xlsx,.odt' }),
      el('input', { type: 'text', name: 'tieuDe', 'aria-label': 'Tên tài liệu ' + n, placeholder: 'Tên tài liệu (ví dụ: Kế hoạch số 12/KH-UBND)' }));
  }

  function numberField(name, label) {
    return el('label', {}, label, el('input', { type: 'text', name, inputmode: 'decimal', required: 'required', placeholder: 'ví dụ: 1.234 hoặc 12,5' }));
  }

  function yesNo(name, label) {
    return el('div', { class: 'field choice' }, el('span', {}, label),
      el('label', {}, el('input', { type: 'radio', name, value: 'co', required: 'required' }), ' Có'),
      el('label', {}, el('input', { type: 'radio', name, value: 'khong' }), ' Không'));
  }

  function fields(item) {
    const box = document.getElementById('fields');
    if (!item) { box.replaceChildren(); return; }
    const parts = [];
    if (item.monthly) parts.push(el('label', {}, 'Tháng khai báo', el('input', { type: 'month', name: 'thang', required: 'required',
      min: state.data.nam + '-01', max: state.data.nam + '-12' })));
    if (item.kind === 'YES_NO') parts.push(yesNo('dat', 'Kết quả: ' + item.name));
    if (item.kind === 'COUNT' || item.kind === 'COUNT_OF_WHOLE') parts.push(numberField('giaTri', 'Số liệu: ' + item.counted + (item.unit ? ' (' + item.unit + ')' : '')));
    if (item.kind === 'COUNT_OF_WHOLE' || item.kind === 'WHOLE_ONLY') parts.push(numberField('mauSo', 'Tổng số: ' + item.whole));
    item.parts.forEach(p => parts.push(p.yesNo ? yesNo('chiTiet.' + p.name, p.label) : numberField('chiTiet.' + p.name, p.label)));
    box.replaceChildren(...parts);
  }

  document.getElementById('khai-bao').addEventListener('submit', async event => {
    event.preventDefault();
    const form = event.target, button = document.getElementById('gui');
    const body = new FormData(form);
    body.set('xa', state.data.xa); body.set('bo', state.data.bo); body.set('nam', state.data.nam);
    // Empty file inputs (rows added but not used) are not documents.
    const files = body.getAll('minhChung'), titles = body.getAll('tieuDe');
    body.delete('minhChung'); body.delete('tieuDe');
    files.forEach((f, i) => { if (f && f.name) { body.append('minhChung', f, f.name); body.append('tieuDe', titles[i] || ''); } });
    button.disabled = true;
    show('Đang gửi khai báo…', true);
    try {
      const response = await fetch('/api/khai-bao', { method: 'POST', headers: { 'X-CSRF-Token': (await cds.who()).csrf }, body });
      let json;
      try { json = await response.json(); } catch (e) { json = { loi: 'Máy chủ trả lời không đúng dạng (mã ' + response.status + ').' }; }
      if (response.ok) {
        show('Đã nhận khai báo chỉ tiêu ' + json.ma + ' năm ' + json.nam + ' lúc ' + cds.cell('MOMENT', json.thoiGian) + ', kèm ' + json.minhChung.length
          + ' tài liệu minh chứng. Khai báo sẽ hiện trong bảng “Khai báo đã nhận” khi hệ thống đã ghi nhận.', true);
        form.reset(); fields(null);
        document.getElementById('docs').replaceChildren(docRow());
        setTimeout(refreshReceived, 2000);
      } else {
        show(json.loi, false);
      }
    } catch (e) {
      show('Mất kết nối với máy chủ (' + e.message + ').', false);
    } finally {
      button.disabled = false;
    }
  });

  async function refreshReceived() {
    try { received(await cds.json('/api/khai-bao?' + cds.query({ xa: state.data.xa, bo: state.data.bo, nam: state.data.nam }))); } catch (e) { /* the table stays as it was */ }
  }

  function answer(r) {
    if (r.dat !== null && r.dat !== undefined) return r.dat ? 'Có' : 'Không';
    const parts = [];
    if (r.giaTri !== null && r.giaTri !== undefined) parts.push(cds.number.format(r.giaTri));
    if (r.mauSo !== null && r.mauSo !== undefined) parts.push((parts.length ? 'trên tổng số ' : 'tổng số ') + cds.number.format(r.mauSo));
    // A score's parts by the form's labels: a yes/no part is stored as 1 or 0.
    const item = (state.data.chiTieu || []).find(i => i.code === r.ma) || { parts: [] };
    Object.entries(r.chiTiet || {}).forEach(([k, v]) => {
      const part = item.parts.find(p => p.name === k) || { label: k, yesNo: false };
      parts.push(part.label + ': ' + (part.yesNo ? (v ? 'Có' : 'Không') : cds.number.format(v)));
    });
    return parts.join('; ');
  }

  function received(data) {
    const box = document.getElementById('da-nhan');
    if (!data.xa) { box.replaceChildren(el('p', { class: 'empty' }, 'Chọn xã, phường để xem khai báo đã nhận.')); return; }
    const rows = (data.daNhan || []).filter(r => r.bo === data.bo);
    const head = el('tr', {}, ['Chỉ tiêu', 'Năm', 'Tháng', 'Kết quả khai báo', 'Người khai báo', 'Thời gian', 'Minh chứng'].map(t => el('th', {}, t)));
    const body = rows.map(r => el('tr', { 'data-ma': r.ma },
      el('td', {}, r.ma + '. ' + r.ten), el('td', {}, String(r.nam)), el('td', {}, r.thang ? r.thang.split('-').reverse().join('/') : ''),
      el('td', {}, answer(r)), el('td', {}, r.nguoiKeKhai), el('td', { class: 'when' }, cds.cell('MOMENT', r.thoiGian)),
      el('td', {}, el('ul', {}, r.minhChung.map(m => el('li', {}, m.duongDan ? el('a', { href: m.duongDan, class: 'minh-chung' }, m.ten) : m.ten + ' (' + m.thamChieu + ')'))))));
    box.replaceChildren(el('div', { class: 'scroll' }, el('table', { 'data-table': 'da-nhan' }, el('thead', {}, head), el('tbody', {}, body))),
      rows.length === 0 ? el('p', { class: 'empty' }, 'Chưa có khai báo nào được ghi nhận cho bộ chỉ tiêu này.') : '');
  }

  cds.header('/khai-bao').then(load).catch(cds.fail);
})();
