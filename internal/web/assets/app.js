// 公文助手 workspace. Plain JavaScript, no build step, nothing from outside.
// Talks to the JSON API under /v1/ only; see docs/serve.md for the hooks
// (textarea[name=q], [data-cite], <mark>, a[download]) that scripts rely on.
'use strict';

const $ = (sel, root = document) => root.querySelector(sel);
const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const k of kids.flat()) {
    if (k === undefined || k === null || k === false) continue;
    e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  }
  return e;
}

const KIND = { report: '年度报告', plan: '实施方案', policy: '政策文件', reply: '批复', other: '其他' };

// ---------- talking to the server ----------

const session = { csrf: '', user: '', mode: 'unknown' };

class APIError extends Error {
  constructor(msg, status) { super(msg); this.status = status; }
}

// api sends one request. Unsafe methods carry the CSRF token when the server
// has sessions; a 401 opens the login form and the request is sent again
// once the user has logged in.
async function api(method, path, body, opts = {}) {
  for (let attempt = 0; ; attempt++) {
    const headers = Object.assign({}, opts.headers || {});
    let payload = body;
    if (body !== undefined && !(body instanceof FormData)) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    if (method !== 'GET' && method !== 'HEAD' && session.csrf) headers['X-CSRF-Token'] = session.csrf;
    let resp;
    try {
      resp = await fetch(path, { method, headers, body: payload, credentials: 'same-origin', signal: opts.signal });
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      throw new APIError('无法连接服务器,请检查网络后重试', 0);
    }
    if (resp.status === 401 && attempt === 0 && !opts.noLogin) {
      await login();
      continue;
    }
    // A 403 on a POST/DELETE may be a CSRF token that changed (a new login
    // in another tab): fetch the session's token once and send again.
    if (resp.status === 403 && attempt === 0 && session.mode === 'session' && method !== 'GET') {
      try {
        const s = await api('GET', '/v1/session', undefined, { noLogin: true });
        if (s && s.csrf && s.csrf !== session.csrf) { session.csrf = s.csrf; continue; }
      } catch (e) { /* answer the 403 below */ }
    }
    if (opts.raw && resp.ok) return resp;
    const type = resp.headers.get('Content-Type') || '';
    let data = null;
    if (type.includes('json')) {
      try { data = await resp.json(); } catch (e) { data = null; }
    }
    if (!resp.ok) throw new APIError(errorText(resp.status, data), resp.status);
    return data;
  }
}

function errorText(status, data) {
  if (data && data.error) return data.error;
  switch (status) {
    case 401: return '请先登录';
    case 403: return '没有权限进行这项操作(页面可能已过期,请刷新后重试)';
    case 404: return '没有找到要的内容';
    case 413: return '文件太大';
    case 429: return '请求太频繁,请稍后再试';
    case 504: return '服务器处理超时,请稍后再试';
    default: return status >= 500 ? '服务器出错了,请稍后再试' : '请求有误(' + status + ')';
  }
}

async function loadSession() {
  try {
    const s = await api('GET', '/v1/session', undefined, { noLogin: true });
    session.csrf = (s && s.csrf) || '';
    session.user = (s && s.user) || '';
    session.mode = 'session';
  } catch (e) {
    if (e.status === 401) { await login(); return; }
    session.mode = 'single'; // no access file: the server has no sessions
  }
  $('#who').textContent = session.user ? '当前用户:' + session.user : '';
}

let loginWaiters = null;
function login() {
  if (loginWaiters) return new Promise(r => loginWaiters.push(r));
  loginWaiters = [];
  const box = $('#login');
  box.hidden = false;
  $('#login-error').hidden = true;
  setTimeout(() => $('input[name=user]', box).focus(), 0);
  return new Promise(resolve => { loginWaiters.push(resolve); });
}

async function submitLogin(ev) {
  ev.preventDefault();
  const f = ev.target;
  const err = $('#login-error');
  err.hidden = true;
  try {
    await api('POST', '/v1/login', { user: f.user.value.trim(), password: f.password.value }, { noLogin: true });
  } catch (e) {
    err.textContent = e.status === 401 || e.status === 403 ? '用户名或密码不对' : e.message;
    err.hidden = false;
    return;
  }
  f.password.value = '';
  $('#login').hidden = true;
  try {
    const s = await api('GET', '/v1/session', undefined, { noLogin: true });
    session.csrf = s.csrf || ''; session.user = s.user || ''; session.mode = 'session';
    $('#who').textContent = session.user ? '当前用户:' + session.user : '';
  } catch (e) { /* the cookie alone may do */ }
  const ws = loginWaiters; loginWaiters = null;
  ws.forEach(r => r());
}

let noticeTimer = 0;
function notice(msg, kind) {
  const n = $('#notice');
  n.textContent = msg;
  n.className = 'notice' + (kind === 'info' ? ' info' : '');
  n.hidden = false;
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => { n.hidden = true; }, kind === 'info' ? 4000 : 9000);
}

// ---------- documents ----------

let docs = [];
const docCache = new Map();

async function loadDocs() {
  const d = await api('GET', '/v1/docs');
  docs = d.docs || [];
  fillPickers();
  renderLibrary();
}

function docLabel(d) {
  return d.title + (d.year ? '(' + d.year + ')' : '');
}

function uniqueSorted(xs, cmp) {
  return Array.from(new Set(xs.filter(x => x !== '' && x !== undefined && x !== null && x !== 0))).sort(cmp);
}

function setOptions(select, first, items) {
  const keep = select.value;
  select.replaceChildren(...(first ? [el('option', { value: '' }, first)] : []),
    ...items.map(([v, t]) => el('option', { value: v }, t)));
  if (items.some(([v]) => String(v) === keep)) select.value = keep;
}

function fillPickers() {
  const scope = $('#scope');
  const orgs = uniqueSorted(docs.map(d => d.org), (a, b) => a.localeCompare(b, 'zh'));
  setOptions(scope.org, '全部单位', orgs.map(o => [o, o]));
  setOptions(scope.year, '全部年度', uniqueSorted(docs.map(d => d.year), (a, b) => b - a).map(y => [y, y + '年']));
  setOptions(scope.doc, '全部文件', docs.map(d => [d.id, docLabel(d)]));
  $('#org-list').replaceChildren(...orgs.map(o => el('option', { value: o })));
  const plans = docs.filter(d => d.kind === 'plan').map(d => [d.id, docLabel(d)]);
  setOptions($('#plan-form').plan, '全部方案', plans);
  setOptions($('#cover-form').plan, '全部方案', plans);
  setOptions($('#cover-form').report, '', docs.filter(d => d.kind === 'report')
    .sort((a, b) => (b.year || 0) - (a.year || 0)).map(d => [d.id, docLabel(d)]));
}

async function getDoc(id) {
  if (!docCache.has(id)) {
    const p = api('GET', '/v1/docs/' + encodeURIComponent(id));
    docCache.set(id, p);
    p.catch(() => docCache.delete(id));
  }
  return docCache.get(id);
}

// Offsets from the server are UTF-8 byte offsets; the page works in UTF-16
// code units. One pass over the text maps every byte boundary.
function byteMapper(text) {
  const idx = new Int32Array(new TextEncoder().encode(text).length + 1).fill(-1);
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    idx[b] = i;
    const c = text.codePointAt(i);
    b += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (c >= 0x10000) i++;
  }
  idx[b] = text.length;
  return off => {
    for (let o = Math.max(0, Math.min(off, idx.length - 1)); o >= 0; o--) if (idx[o] >= 0) return idx[o];
    return 0;
  };
}

// ---------- tabs and the hash ----------

const TABS = ['ask', 'draft', 'plan', 'library'];
let currentTab = 'ask';

function showTab(name) {
  currentTab = name;
  for (const s of $$('.tab')) s.hidden = s.dataset.tab !== name;
  for (const a of $$('.tabs a')) a.classList.toggle('active', a.dataset.tab === name);
  if (name === 'plan') ensurePlanItems();
  if (name === 'ask') $('textarea[name=q]').focus();
}

// The hash names the view: #ask, #draft, #plan, #library, or
// #doc/<id>/<start>-<end> for the viewer at a passage (a link to share).
function route() {
  const h = decodeURIComponent(location.hash.slice(1));
  if (h.startsWith('doc/')) {
    const rest = h.slice(4);
    const m = rest.match(/^(.*)\/(\d+)-(\d+)$/);
    if (m) openViewer(m[1], +m[2], +m[3]);
    else openViewer(rest, 0, 0);
    return;
  }
  closeViewerUI();
  showTab(TABS.includes(h) ? h : currentTab);
}

function docHash(id, start, end) {
  return '#doc/' + encodeURIComponent(id) + (end > start ? '/' + start + '-' + end : '');
}

function openCitation(c) {
  if (!c || !c.doc) return;
  location.hash = docHash(c.doc.id || c.doc_id, c.start || 0, c.end || 0);
}

// ---------- the source viewer ----------

let viewerFrom = '';

async function openViewer(id, start, end) {
  const v = $('#viewer');
  if (v.hidden) viewerFrom = currentTab;
  v.hidden = false;
  $('#viewer-title').textContent = '正在打开…';
  $('#viewer-meta').textContent = '';
  const body = $('#viewer-text');
  body.replaceChildren();
  $('#viewer-toc').replaceChildren();
  let d;
  try {
    d = await getDoc(id);
  } catch (e) {
    $('#viewer-title').textContent = '打不开这份文件';
    body.append(el('p', { class: 'error' }, e.message));
    return;
  }
  $('#viewer-title').textContent = d.title;
  $('#viewer-meta').textContent = [d.org, d.year ? d.year + '年' : '', KIND[d.kind] || '', d.source || '', READ[d.read] || ''].filter(Boolean).join(' · ');
  const toU = byteMapper(d.text);
  const ms = end > start ? toU(start) : -1, me = end > start ? toU(end) : -1;
  // Anchors at heading starts; one inside the quoted passage moves to its
  // start, so the passage stays in a single <mark>.
  const cuts = new Map();
  const secs = d.sections || [];
  secs.forEach((s, i) => {
    let at = toU(s.start);
    if (ms >= 0 && at > ms && at < me) at = ms;
    if (!cuts.has(at)) cuts.set(at, []);
    cuts.get(at).push(i);
  });
  const points = new Set([0, d.text.length, ...cuts.keys()]);
  if (ms >= 0) { points.add(ms); points.add(me); }
  const sorted = Array.from(points).sort((a, b) => a - b);
  let mark = null;
  for (let k = 0; k < sorted.length; k++) {
    const at = sorted[k];
    for (const i of cuts.get(at) || []) body.append(el('span', { id: 'sec-' + i, class: 'anchor' }));
    if (k === sorted.length - 1) break;
    const piece = d.text.slice(at, sorted[k + 1]);
    if (at === ms && ms >= 0) {
      mark = el('mark', {}, piece);
      body.append(mark);
    } else {
      body.append(piece);
    }
  }
  const toc = $('#viewer-toc');
  secs.forEach((s, i) => {
    const depth = Math.min(4, (s.path || []).length || 1);
    toc.append(el('a', {
      href: '#', class: 'd' + depth, title: s.heading,
      onclick: ev => { ev.preventDefault(); const a = $('#sec-' + i); if (a) a.scrollIntoView({ block: 'start' }); },
    }, (s.marker || '') + s.heading.replace(s.marker || '', '')));
  });
  if (mark) {
    mark.scrollIntoView({ block: 'center' });
    const here = secs.map((s, i) => [toU(s.start), i]).filter(([a]) => a <= ms).pop();
    if (here) toc.children[here[1]].classList.add('here');
  } else {
    body.scrollTop = 0;
  }
}

function closeViewerUI() { $('#viewer').hidden = true; }

function closeViewer() {
  closeViewerUI();
  location.hash = viewerFrom || currentTab;
}

async function copyText(text) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch (e) { /* fall back below */ }
  // Intranet pages are often plain http, where the clipboard API is off.
  const t = el('textarea', {}, text);
  t.value = text;
  document.body.append(t);
  t.select();
  let ok = false;
  try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
  t.remove();
  return ok;
}

// ---------- 问答 ----------

const conversation = []; // {q, answer} of finished turns, for follow-ups
let asking = null;

function scopeBody() {
  const f = $('#scope');
  const b = {};
  if (f.org.value) b.org = f.org.value;
  if (f.year.value) b.year = +f.year.value;
  if (f.kind.value) b.kind = f.kind.value;
  if (f.doc.value) b.doc = f.doc.value;
  if (f.now.value) b.now = f.now.value;
  return b;
}

// readNote marks a quote that is recognised text of a scan (doc.read "ocr").
function readNote(doc) {
  return doc && doc.read === 'ocr' ? '(扫描件识别文字)' : '';
}

// READ says how a document's text was obtained, when not read directly.
const READ = { ocr: 'OCR 识别', soffice: 'LibreOffice 转换', antiword: 'antiword 转换', catdoc: 'catdoc 转换' };

function citeLine(c) {
  return [c.doc.title, c.doc.year ? c.doc.year + '年' : '', c.section].filter(Boolean).join(' · ') + readNote(c.doc);
}

// answerNodes renders an answer's text with every [n] a link to its source.
function answerNodes(text, cites) {
  const out = [];
  const re = /\[(\d{1,3})\]/g;
  let last = 0, m;
  while ((m = re.exec(text))) {
    out.push(text.slice(last, m.index));
    const n = +m[1];
    const c = cites && cites.find(x => x.n === n);
    out.push(c ? el('a', { class: 'ref', href: docHash(c.doc.id, c.start, c.end), 'data-ref': n, title: citeLine(c) }, '[' + n + ']') : m[0]);
    last = re.lastIndex;
  }
  out.push(text.slice(last));
  return out;
}

// gongwenCopy is the answer with its sources the way a document cites:
// 《标题》(2024年度)章节:“引文”.
function gongwenCopy(resp) {
  const lines = [resp.answer.trim()];
  if (resp.citations && resp.citations.length) {
    lines.push('', '出处:');
    for (const c of resp.citations) {
      const year = c.doc.year ? '(' + c.doc.year + '年度)' : '';
      const sec = c.section ? c.section.replace(/ > /g, '') : '';
      lines.push('[' + c.n + ']《' + c.doc.title + '》' + year + sec + readNote(c.doc) + ':“' + c.text.trim() + '”');
    }
  }
  return lines.join('\n');
}

// toBottom keeps the newest text in sight: the conversation scrolls inside
// its box on a desktop, and the page itself scrolls on a phone.
function toBottom() {
  const chat = $('#chat');
  chat.scrollTop = chat.scrollHeight;
  if (getComputedStyle(chat).overflowY !== 'auto') window.scrollTo(0, document.body.scrollHeight);
}

function addTurn(q) {
  $('#chat-empty').hidden = true;
  const text = el('div', { class: 'text pending' });
  const a = el('div', { class: 'a' }, text);
  const turn = el('div', { class: 'turn' }, el('div', { class: 'q' }, q), a);
  $('#chat').append(turn);
  toBottom();
  return { turn, a, text };
}

async function ask(q) {
  q = q.trim();
  if (!q || asking) return;
  const box = $('textarea[name=q]');
  box.value = '';
  const ui = addTurn(q);
  const body = Object.assign({ q }, scopeBody());
  if (conversation.length) body.history = conversation.slice(-6);
  const ctrl = new AbortController();
  asking = ctrl;
  $('#send').disabled = true;
  window.__gongwen = window.__gongwen || {};
  window.__gongwen.lastRequest = body;
  const t0 = performance.now();
  let streamed = '';
  let final = null;
  try {
    const resp = await api('POST', '/v1/ask/stream', body, { raw: true, signal: ctrl.signal, headers: { Accept: 'text/event-stream' } });
    const reader = resp.body.getReader();
    const dec = new TextDecoder();
    let buf = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += dec.decode(value, { stream: true });
      let cut;
      while ((cut = buf.indexOf('\n\n')) >= 0) {
        const block = buf.slice(0, cut);
        buf = buf.slice(cut + 2);
        let ev = 'message', data = '';
        for (const line of block.split('\n')) {
          if (line.startsWith('event: ')) ev = line.slice(7);
          else if (line.startsWith('data: ')) data += line.slice(6);
        }
        const msg = data ? JSON.parse(data) : {};
        if (ev === 'delta') {
          if (!streamed) window.__gongwen.firstToken = performance.now() - t0;
          streamed += msg.text;
          ui.text.textContent = streamed;
          toBottom();
        } else if (ev === 'done') {
          final = msg;
        } else if (ev === 'error') {
          throw new APIError(msg.error || '回答失败,请稍后再试', 500);
        }
      }
    }
    if (!final) throw new APIError('回答中断了,请重试', 0);
    window.__gongwen.answered = performance.now() - t0;
    window.__gongwen.last = final;
    showAnswer(ui, q, final);
    conversation.push({ q, answer: final.answer });
  } catch (e) {
    ui.text.classList.remove('pending');
    if (e.name === 'AbortError') {
      ui.text.textContent = streamed + '(已停止)';
    } else {
      ui.text.textContent = streamed;
      ui.a.append(el('p', { class: 'error' }, e.message));
    }
  } finally {
    asking = null;
    $('#send').disabled = false;
    box.focus();
  }
}

function showAnswer(ui, q, resp) {
  ui.text.classList.remove('pending');
  ui.text.replaceChildren(...answerNodes(resp.answer, resp.citations));
  if (resp.scope && resp.scope.basis) ui.a.append(el('div', { class: 'basis' }, resp.scope.basis));
  if (resp.note) ui.a.append(el('div', { class: 'basis' }, resp.note));
  const cites = resp.citations || [];
  const related = resp.related || [];
  // A refusal lists what might bear on the question under 可能相关, as the
  // CLI and the chat channels do: its citations (the [n] its text names),
  // or its related passages when it cites none — the engine gives a
  // refusal's citations as its related passages too, listed once here.
  if (!resp.found && (cites.length || related.length)) ui.a.append(el('div', { class: 'basis' }, '可能相关:'));
  if (cites.length) {
    ui.a.append(el('div', { class: 'chips' }, cites.map(c => el('button', {
      type: 'button', class: 'chip', 'data-cite': c.n, title: c.text,
      onclick: () => openCitation(c),
    }, el('b', {}, '[' + c.n + ']'), citeLine(c)))));
  } else if (!resp.found && related.length) {
    ui.a.append(el('div', { class: 'chips' }, related.map(c => el('button', {
      type: 'button', class: 'chip', title: c.text, onclick: () => openCitation(c),
    }, citeLine(c)))));
  }
  const vote = (v, btn) => async () => {
    try {
      await api('POST', '/v1/feedback', { vote: v, question: q, answer: resp.answer, citations: cites });
      $$('button', btn.parentNode).forEach(b => b.classList.remove('voted'));
      btn.classList.add('voted');
      notice('谢谢反馈,已记录。', 'info');
    } catch (e) { notice(e.message); }
  };
  // Words, not emoji: office PCs without an emoji font show empty boxes.
  const up = el('button', { type: 'button', class: 'secondary up', title: '👍 回答有用', 'aria-label': '👍 有用' }, '有用');
  const down = el('button', { type: 'button', class: 'secondary down', title: '👎 回答有误或没用', 'aria-label': '👎 没用' }, '没用');
  up.addEventListener('click', vote('up', up));
  down.addEventListener('click', vote('down', down));
  const copy = el('button', {
    type: 'button', class: 'secondary copy', title: '复制回答和出处(公文引用格式)',
    onclick: async () => notice(await copyText(gongwenCopy(resp)) ? '已复制回答和出处。' : '复制失败,请手动选中文字复制。', 'info'),
  }, '复制');
  ui.a.append(el('div', { class: 'actions' }, up, down, copy));
  toBottom();
}

function newChat() {
  if (asking) asking.abort();
  conversation.length = 0;
  $$('#chat .turn').forEach(t => t.remove());
  $('#chat-empty').hidden = false;
  $('textarea[name=q]').focus();
}

// ---------- 起草 ----------

function outlineParams(f) {
  const p = new URLSearchParams();
  const whole = f.scope.value === 'whole';
  if (!whole && f.section.value.trim()) p.set('section', f.section.value.trim());
  if (f.org.value.trim()) p.set('org', f.org.value.trim());
  if (f.year.value) p.set('year', f.year.value);
  return p;
}

function todoNodes(text, cites) {
  // 【待补充…】 placeholders stand out; [n] open the source.
  const out = [];
  const re = /【待补充[^】]*】/g;
  let last = 0, m;
  while ((m = re.exec(text))) {
    out.push(...answerNodes(text.slice(last, m.index), cites));
    out.push(el('span', { class: 'todo' }, m[0]));
    last = re.lastIndex;
  }
  out.push(...answerNodes(text.slice(last), cites));
  return out;
}

function renderSections(secs, cites, out) {
  for (const s of secs || []) {
    out.append(el('div', { class: s.level <= 1 ? 'sec1' : 'sec2' }, ...todoNodes((s.number || '') + s.title, cites)));
    if (s.bullets && s.bullets.length) {
      out.append(el('ol', {}, s.bullets.map(b => el('li', {}, ...todoNodes(b.text, cites)))));
    }
    renderSections(s.children, cites, out);
  }
}

async function draft(ev) {
  ev.preventDefault();
  const f = ev.target;
  const out = $('#draft-out');
  const whole = f.scope.value === 'whole';
  if (!whole && !f.section.value.trim()) {
    notice('请填写要起草的章节标题,或选择“全文”。');
    return;
  }
  const btn = $('button[type=submit]', f);
  btn.disabled = true;
  out.replaceChildren(el('p', { class: 'hint' }, '正在起草…'));
  const body = {};
  if (!whole) body.section = f.section.value.trim();
  if (f.org.value.trim()) body.org = f.org.value.trim();
  if (f.year.value) body.year = +f.year.value;
  try {
    const o = await api('POST', '/v1/outline', body);
    const cites = (o.citations || []).map(c => Object.assign({}, c));
    out.replaceChildren(el('h2', {}, o.title));
    const p = outlineParams(f);
    const dl = el('div', { class: 'downloads' },
      el('a', { href: '/v1/outline/download?' + p + '&format=docx', download: o.title + '.docx', class: 'docx' }, '下载 Word(.docx)'),
      el('a', { href: '/v1/outline/download?' + p + '&format=md', download: o.title + '.md' }, '下载 Markdown'));
    out.append(dl);
    if (o.note) out.append(el('p', { class: 'hint' }, o.note));
    renderSections(o.sections, cites, out);
    if (cites.length) {
      out.append(el('h3', {}, '出处'), el('ol', { class: 'sources' }, cites.map(c => el('li', {},
        el('a', { href: docHash(c.doc.id, c.start, c.end), 'data-ref': c.n }, '[' + c.n + '] ' + citeLine(c)),
        ':“' + c.text.slice(0, 80) + (c.text.length > 80 ? '…' : '') + '”'))));
    }
  } catch (e) {
    out.replaceChildren(el('p', { class: 'error' }, e.message));
  } finally {
    btn.disabled = false;
  }
}

// ---------- 方案 ----------

let planData = null;

async function ensurePlanItems(force) {
  if (planData && !force) return;
  const f = $('#plan-form');
  const p = new URLSearchParams();
  if (f.plan.value) p.set('plan', f.plan.value);
  try {
    planData = await api('GET', '/v1/plan/items?' + p);
  } catch (e) {
    planData = { items: [], plans: [] };
    $('#plan-summary').textContent = e.message;
    renderPlan();
    return;
  }
  const items = planData.items || [];
  const units = list => uniqueSorted(items.flatMap(list), (a, b) => a.localeCompare(b, 'zh')).map(u => [u, u]);
  setOptions(f.lead, '不限', units(it => it.lead || []));
  setOptions(f.coop, '不限', units(it => it.coop || []));
  setOptions(f.group, '不限', uniqueSorted(items.map(it => it.group)).map(g => [g, g]));
  renderPlan();
}

function renderPlan() {
  const f = $('#plan-form');
  const all = (planData && planData.items) || [];
  const text = f.text.value.trim();
  const items = all.filter(it =>
    (!f.lead.value || (it.lead || []).includes(f.lead.value)) &&
    (!f.coop.value || (it.coop || []).includes(f.coop.value)) &&
    (!f.group.value || it.group === f.group.value) &&
    (!text || (it.title + it.body + it.group).includes(text)));
  const tb = $('#plan-table tbody');
  const rows = [];
  let group = null;
  for (const it of items) {
    if (it.group !== group) {
      group = it.group;
      rows.push(el('tr', { class: 'group' }, el('td', { colspan: 6 }, it.group)));
    }
    rows.push(el('tr', {
      class: 'clickable item', title: '点击查看原文',
      onclick: () => openCitation({ doc: { id: it.doc_id }, start: it.start, end: it.end }),
    }, el('td', {}, it.group_no), el('td', {}, it.number), el('td', {}, it.title),
    el('td', {}, (it.lead || []).join('、') || '—'), el('td', {}, (it.coop || []).join('、') || '—'), el('td', {}, it.deadline || '')));
  }
  if (!items.length) rows.push(el('tr', {}, el('td', { colspan: 6, class: 'hint' }, all.length ? '没有符合条件的任务' : '没有可列出的方案任务')));
  tb.replaceChildren(...rows);
  $('#plan-summary').textContent = all.length ? '共 ' + all.length + ' 项任务,符合条件 ' + items.length + ' 项。点击任务查看原文。' : '';
  const counts = new Map();
  for (const it of items) {
    for (const u of it.lead || []) { const c = counts.get(u) || { lead: 0, coop: 0 }; c.lead++; counts.set(u, c); }
    for (const u of it.coop || []) { const c = counts.get(u) || { lead: 0, coop: 0 }; c.coop++; counts.set(u, c); }
  }
  const ordered = Array.from(counts).sort((a, b) => (b[1].lead - a[1].lead) || (b[1].coop - a[1].coop) || a[0].localeCompare(b[0], 'zh'));
  $('#unit-table tbody').replaceChildren(...ordered.map(([u, c]) => el('tr', {},
    el('td', {}, u), el('td', { class: 'num' }, c.lead), el('td', { class: 'num' }, c.coop))));
}

const STATUS = { '已覆盖': 'covered', '部分覆盖': 'partial', '未见': 'none' };

async function coverage(ev) {
  ev.preventDefault();
  const f = ev.target;
  const out = $('#cover-out');
  if (!f.report.value) { notice('请先选择一份年度报告。'); return; }
  const p = new URLSearchParams({ report: f.report.value });
  if (f.plan.value) p.set('plan', f.plan.value);
  const btn = $('button[type=submit]', f);
  btn.disabled = true;
  out.replaceChildren(el('p', { class: 'hint' }, '正在逐项检查…'));
  try {
    const c = await api('GET', '/v1/plan/coverage?' + p);
    const s = c.summary || {};
    const rows = (c.coverage || []).map(x => {
      const ev = x.evidence;
      return el('tr', {},
        el('td', {}, (x.item.group_no || '') + (x.item.number || '')),
        el('td', {}, x.item.title),
        el('td', {}, (x.item.lead || []).join('、') || '—'),
        el('td', {}, el('span', { class: 'status ' + (STATUS[x.verdict] || 'none') }, x.verdict)),
        el('td', {}, ev ? el('a', {
          class: 'evidence', href: docHash(ev.doc_id, ev.start, ev.end), title: '查看报告原文',
        }, ev.text.length > 90 ? ev.text.slice(0, 90) + '…' : ev.text, el('small', {}, ev.section)) : '—'));
    });
    out.replaceChildren(
      el('p', { class: 'summary' }, '《' + c.report.title + '》对照 ' + (c.plans || []).map(p => '《' + p.title + '》').join('') +
        ':共 ' + s.items + ' 项任务,', el('span', { class: 'status covered' }, '已覆盖 ' + s.covered), ' ',
        el('span', { class: 'status partial' }, '部分覆盖 ' + s.partial), ' ', el('span', { class: 'status none' }, '未见 ' + s.not_seen)),
      el('div', { class: 'table-wrap' }, el('table', { class: 'grid', id: 'cover-table' },
        el('thead', {}, el('tr', {}, ['序号', '任务', '牵头', '结论', '报告中的依据'].map(h => el('th', {}, h)))),
        el('tbody', {}, rows))));
  } catch (e) {
    out.replaceChildren(el('p', { class: 'error' }, e.message));
  } finally {
    btn.disabled = false;
  }
}

// ---------- 文库 ----------

function renderLibrary() {
  const tb = $('#doc-table tbody');
  tb.replaceChildren(...docs.map(d => el('tr', { 'data-id': d.id },
    el('td', {}, el('a', { href: docHash(d.id, 0, 0) }, d.title)),
    el('td', {}, d.org || '—'), el('td', {}, d.year || '—'), el('td', {}, KIND[d.kind] || d.kind),
    el('td', { class: 'num' }, d.chunks), el('td', {}, d.source || ''),
    el('td', {}, el('button', { type: 'button', class: 'secondary del', onclick: () => removeDoc(d) }, '删除')))));
  if (!docs.length) tb.append(el('tr', {}, el('td', { colspan: 7, class: 'hint' }, '文库里还没有文件')));
}

async function removeDoc(d) {
  if (!confirm('从文库中删除《' + d.title + '》?删除后问答和起草都不再引用它。')) return;
  try {
    await api('DELETE', '/v1/docs/' + encodeURIComponent(d.id));
    docCache.delete(d.id);
    notice('已删除《' + d.title + '》。', 'info');
    planData = null;
    await loadDocs();
  } catch (e) { notice(e.message); }
}

const STATUS_TEXT = { ingested: '已导入', updated: '已更新', unchanged: '未变', skipped: '未导入' };

function upload(files) {
  files = Array.from(files || []);
  if (!files.length) return;
  const status = $('#upload-status');
  const bar = $('#upload-progress');
  const text = $('#upload-text');
  const results = $('#upload-results');
  status.hidden = false;
  results.replaceChildren();
  bar.value = 0;
  text.textContent = '正在上传 ' + files.length + ' 个文件…';
  const fd = new FormData();
  for (const f of files) fd.append('files', f, f.name);
  // XMLHttpRequest, not fetch: it reports upload progress. The answer is
  // JSON Lines: one progress line per file as it is indexed, then the result.
  const send = () => new Promise((resolve, reject) => {
    const x = new XMLHttpRequest();
    x.open('POST', '/v1/docs?progress=1');
    if (session.csrf) x.setRequestHeader('X-CSRF-Token', session.csrf);
    let seen = 0;
    const lines = () => {
      const t = x.responseText;
      let nl;
      while ((nl = t.indexOf('\n', seen)) >= 0) {
        const line = t.slice(seen, nl);
        seen = nl + 1;
        if (!line.trim()) continue;
        let m;
        try { m = JSON.parse(line); } catch (e) { continue; }
        if (m.progress) {
          const p = m.progress;
          bar.value = 50 + (p.total ? 50 * p.done / p.total : 50);
          text.textContent = p.done < p.total ? '正在建立索引(' + p.done + '/' + p.total + '):' + p.file : '正在保存索引…';
        } else if (m.result) {
          resolve(m.result);
        } else if (m.error) {
          reject(new APIError(m.error, 500));
        }
      }
    };
    x.upload.onprogress = e => { if (e.lengthComputable) bar.value = 50 * e.loaded / e.total; };
    x.onprogress = lines;
    x.onload = () => {
      if (x.status === 401) { reject(new APIError('请先登录', 401)); return; }
      if (x.status !== 200) {
        let m = null;
        try { m = JSON.parse(x.responseText); } catch (e) { m = null; }
        reject(new APIError(errorText(x.status, m), x.status));
        return;
      }
      lines();
      reject(new APIError('没有收到导入结果,请刷新文库查看', 0));
    };
    x.onerror = () => reject(new APIError('无法连接服务器,请检查网络后重试', 0));
    x.send(fd);
  });
  const run = async (retry) => {
    try {
      const res = await send();
      bar.value = 100;
      const n = res.files.filter(f => f.status === 'ingested' || f.status === 'updated').length;
      text.textContent = '完成:' + n + ' 个文件已导入,文库现有 ' + res.docs + ' 份文件。';
      results.replaceChildren(...res.files.map(f => el('li', {
        class: f.status === 'skipped' ? 'skip' : 'ok', 'data-status': f.status, 'data-file': f.file,
      }, (f.status === 'skipped' ? '✗ ' : '✓ ') + f.file + ':' + STATUS_TEXT[f.status] + (f.reason ? '(' + f.reason + ')' : ''))));
      docCache.clear();
      planData = null;
      await loadDocs();
    } catch (e) {
      if (e.status === 401 && !retry) { await login(); return run(true); }
      text.textContent = '上传失败:' + e.message;
    }
  };
  return run(false);
}

// ---------- wiring ----------

function init() {
  window.addEventListener('hashchange', route);
  $('#viewer-close').addEventListener('click', closeViewer);
  $('#viewer-link').addEventListener('click', async () => {
    notice(await copyText(location.href) ? '已复制链接,别人打开即可看到这段原文。' : '复制失败,请从地址栏复制。', 'info');
  });
  document.addEventListener('keydown', ev => { if (ev.key === 'Escape' && !$('#viewer').hidden) closeViewer(); });
  $('#login-form').addEventListener('submit', submitLogin);

  const box = $('textarea[name=q]');
  box.addEventListener('keydown', ev => {
    // Enter sends; Shift+Enter is a new line; Enter that picks an input
    // method's candidate (isComposing) is the IME's, not ours.
    if (ev.key === 'Enter' && !ev.shiftKey && !ev.isComposing && ev.keyCode !== 229) {
      ev.preventDefault();
      ask(box.value);
    }
  });
  $('#ask-form').addEventListener('submit', ev => { ev.preventDefault(); ask(box.value); });
  $('#new-chat').addEventListener('click', newChat);
  $$('.example').forEach(b => b.addEventListener('click', () => ask(b.textContent)));

  $('#draft-form').addEventListener('submit', draft);
  $$('#draft-form input[name=scope]').forEach(r => r.addEventListener('change', () => {
    $('#section-label').hidden = $('#draft-form').scope.value === 'whole';
  }));

  const pf = $('#plan-form');
  pf.plan.addEventListener('change', () => ensurePlanItems(true));
  for (const n of ['lead', 'coop', 'group']) pf[n].addEventListener('change', renderPlan);
  pf.text.addEventListener('input', renderPlan);
  pf.addEventListener('submit', ev => ev.preventDefault());
  $('#cover-form').addEventListener('submit', coverage);

  const drop = $('#drop');
  drop.addEventListener('dragover', ev => { ev.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', ev => { ev.preventDefault(); drop.classList.remove('over'); upload(ev.dataTransfer.files); });
  $('#file-input').addEventListener('change', ev => { upload(ev.target.files); ev.target.value = ''; });

  route();
  loadSession().then(loadDocs).catch(e => notice(e.message));
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
